import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, createServices, dispatch } from '../../../../electron/core/api/index.ts';
import { createVault, FORMAT_VERSION, VaultService } from '../../../../electron/core/vault/index.ts';
import { FAST_KDF, rewriteHeader, tempVault, withDigest } from '../../../support/vault-helpers.ts';

const PW_A = 'first vault password 1';
const PW_B = 'second vault password 2';
const t = tempVault();
const pathA = t.path;
const pathB = join(t.dir, 'other.apppass');
let goodB: Buffer;

beforeAll(async () => {
  const a = await createVault(pathA, PW_A, { kdf: FAST_KDF });
  a.add({ account: 'a@example.com', label: 'A', secret: 'secret-of-vault-a' });
  await a.save();
  a.lock();
  const b = await createVault(pathB, PW_B, { kdf: FAST_KDF });
  b.add({ account: 'b@example.com', label: 'B', secret: 'secret-of-vault-b' });
  await b.save();
  b.lock();
  goodB = readFileSync(pathB);
});
afterAll(() => t.cleanup());

/** A service on vault A, unlocked, with a recorder of path changes. */
async function unlockedOnA(): Promise<{ service: VaultService; changes: string[]; locks: number[] }> {
  const service = new VaultService(pathA);
  const changes: string[] = [];
  const locks: number[] = [];
  service.onPathChange((p) => changes.push(p));
  service.onLock(() => locks.push(1));
  await service.unlock(PW_A);
  return { service, changes, locks };
}

describe('VaultService.openFile', () => {
  it('a good file: locks the current vault, switches the path, tells listeners; the new vault unlocks', async () => {
    const { service, changes, locks } = await unlockedOnA();
    await service.openFile(pathB);
    expect(service.path).toBe(pathB);
    expect(changes).toEqual([pathB]);
    expect(locks).toHaveLength(1);
    expect(() => service.session()).toThrow(expect.objectContaining({ code: 'LOCKED' }));
    const status = await service.status();
    expect(status).toMatchObject({ exists: true, unlocked: false, path: pathB });
    await expect(service.unlock(PW_A)).rejects.toMatchObject({ code: 'WRONG_PASSWORD' });
    const session = await service.unlock(PW_B);
    expect(session.list().map((e) => e.account)).toEqual(['b@example.com']);
    service.lock();
    // And back again.
    await service.openFile(pathA);
    expect(changes).toEqual([pathB, pathA]);
    expect((await service.unlock(PW_A)).list().map((e) => e.account)).toEqual(['a@example.com']);
    service.lock();
  });

  it('the path is normalised (.. segments) and the same file again changes nothing', async () => {
    const { service, changes, locks } = await unlockedOnA();
    await service.openFile(join(t.dir, 'sub', '..', 'vault.apppass'));
    expect(service.path).toBe(pathA);
    expect(changes).toEqual([]);
    expect(locks).toEqual([]);
    expect(service.session().list()).toHaveLength(1);
    service.lock();
  });

  it('waits for a save the locked session started before switching', async () => {
    const { service } = await unlockedOnA();
    const [entry] = service.session().list();
    const copying = service.mutate((s) => s.markCopied(entry?.id ?? '')).catch((error: unknown) => error);
    await service.openFile(pathB);
    const outcome = await copying;
    if (outcome instanceof Error) expect(outcome).toMatchObject({ code: 'LOCKED' });
    await service.openFile(pathA);
    // Vault A is whole: it opens, with its entry.
    expect((await service.unlock(PW_A)).list()).toHaveLength(1);
    service.lock();
  });

  const bad: [string, string, () => Buffer | null][] = [
    ['a missing file', 'NOT_FOUND', () => null],
    ['a foreign file', 'VAULT_CORRUPT', () => Buffer.from('{"not":"a vault"}\n')],
    ['an empty file', 'VAULT_CORRUPT', () => Buffer.alloc(0)],
    ['a damaged vault (one byte flipped)', 'VAULT_CORRUPT', () => {
      const bytes = Buffer.from(goodB);
      bytes[bytes.length - 40] = (bytes[bytes.length - 40] as number) ^ 0xff;
      return bytes;
    }],
    ['a newer format', 'UNSUPPORTED_VERSION', () => {
      const bytes = Buffer.from(goodB);
      bytes.writeUInt16BE(FORMAT_VERSION + 1, 8);
      return withDigest(bytes);
    }],
    ['KDF parameters below the floor', 'KDF_PARAMS_OUT_OF_RANGE', () => rewriteHeader(goodB, (h) => ((h['kdf'] as Record<string, unknown>)['memoryKiB'] = 8192))],
  ];

  it.each(bad)('%s → %s; the path and the unlocked session stay', async (_what, code, bytes) => {
    const target = join(t.dir, `bad-${code}.apppass`);
    const content = bytes();
    if (content !== null) writeFileSync(target, content);
    const { service, changes, locks } = await unlockedOnA();
    await expect(service.openFile(target)).rejects.toMatchObject({ code });
    expect(service.path).toBe(pathA);
    expect(changes).toEqual([]);
    expect(locks).toEqual([]);
    expect(service.session().list().map((e) => e.account)).toEqual(['a@example.com']);
    service.lock();
  });

  it('a missing file says where it looked and what to do, without CLI words', async () => {
    const service = new VaultService(pathA);
    const missing = join(t.dir, 'nope.apppass');
    const error = await service.openFile(missing).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NOT_FOUND' });
    expect((error as Error).message).toContain(missing);
    expect((error as Error).message).not.toContain('--vault');
  });

  it('a folder is refused with a typed error and nothing changes', async () => {
    const { service, changes } = await unlockedOnA();
    await expect(service.openFile(t.dir)).rejects.toMatchObject({ code: 'IO_ERROR' });
    expect(service.path).toBe(pathA);
    expect(changes).toEqual([]);
    service.lock();
  });

  it('refuses a relative path (USAGE) before touching the disk', async () => {
    const { service, changes } = await unlockedOnA();
    for (const relative of ['other.apppass', './other.apppass', '../x/other.apppass']) {
      await expect(service.openFile(relative)).rejects.toMatchObject({ code: 'USAGE' });
    }
    expect(service.path).toBe(pathA);
    expect(changes).toEqual([]);
    expect(service.session().list()).toHaveLength(1);
    service.lock();
  });
});

describe('vault.openFile and app.info through the handler table', () => {
  it('validates input: empty, too long, wrong type or extra keys are VALIDATION and change nothing', async () => {
    const services = { ...createServices({ version: 't', platform: 'linux', vaultPath: pathA }), typedVaultPathRoot: t.dir };
    const handlers = createHandlers(services);
    for (const input of [undefined, {}, { path: '' }, { grant: 'not-a-grant' }, { grant: 'A'.repeat(24), path: pathB }, { path: `/${'a'.repeat(5000)}` }, { path: 42 }, { path: pathB, extra: 1 }, pathB]) {
      expect(await dispatch(handlers, 'vault.openFile', input)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(await dispatch(handlers, 'vault.openFile', { path: 'relative.apppass' })).toMatchObject({ ok: false, error: { code: 'USAGE' } });
    expect(services.vault?.path).toBe(pathA);
  });

  it('switches the file; vault.status and app.info report the new path; vault.info reads the new file', async () => {
    // A typed path: only a host without file dialogs (the browser host) allows it.
    const services = { ...createServices({ version: 't', platform: 'linux', vaultPath: join(t.dir, 'none-yet.apppass') }), typedVaultPathRoot: t.dir };
    const handlers = createHandlers(services);
    expect(await dispatch(handlers, 'vault.status', undefined)).toMatchObject({ ok: true, value: { exists: false } });
    const opened = await dispatch(handlers, 'vault.openFile', { path: pathB });
    expect(opened).toMatchObject({ ok: true, value: { exists: true, unlocked: false, path: pathB } });
    expect(await dispatch(handlers, 'app.info', undefined)).toMatchObject({ ok: true, value: { vaultPath: pathB, canPickFiles: false } });
    expect(await dispatch(handlers, 'vault.info', undefined)).toMatchObject({ ok: true, value: { path: pathB } });
    expect(await dispatch(handlers, 'vault.unlock', { password: PW_B })).toMatchObject({ ok: true, value: { unlocked: true, path: pathB } });
    expect(await dispatch(handlers, 'entries.list', undefined)).toMatchObject({ ok: true, value: [{ account: 'b@example.com' }] });
    await dispatch(handlers, 'vault.lock', undefined);
  });

  it('a damaged file answers VAULT_CORRUPT and status keeps the old path', async () => {
    const damaged = join(t.dir, 'damaged-handler.apppass');
    writeFileSync(damaged, Buffer.from('AppPass? no.'));
    const handlers = createHandlers({ ...createServices({ version: 't', platform: 'linux', vaultPath: pathA }), typedVaultPathRoot: t.dir });
    expect(await dispatch(handlers, 'vault.openFile', { path: damaged })).toMatchObject({ ok: false, error: { code: 'VAULT_CORRUPT' } });
    expect(await dispatch(handlers, 'vault.status', undefined)).toMatchObject({ ok: true, value: { path: pathA, exists: true } });
  });

  it('H2: a host with a dialog opens only the file its dialog returned (a one-time grant); a typed path is refused unread', async () => {
    let chosen: string | null = pathB;
    const services = createServices({ version: 't', platform: 'linux', vaultPath: pathA });
    services.shell = { isExternalLinkAllowed: () => false, openExternal: async () => undefined, pickVaultFile: async () => chosen };
    const handlers = createHandlers(services);
    const fifoPath = join(t.dir, 'typed.fifo');
    expect(await dispatch(handlers, 'vault.openFile', { path: fifoPath })).toMatchObject({ ok: false, error: { code: 'USAGE', details: { reason: 'typed-path' } } });
    expect(await dispatch(handlers, 'vault.openFile', { grant: 'A'.repeat(24) })).toMatchObject({ ok: false, error: { code: 'USAGE' } });
    const pick = (await dispatch(handlers, 'shell.pickVaultFile', undefined)) as { ok: true; value: { grant: string; path: string } };
    expect(pick.value.path).toBe(pathB);
    expect(await dispatch(handlers, 'vault.openFile', { grant: pick.value.grant })).toMatchObject({ ok: true, value: { path: pathB } });
    expect(await dispatch(handlers, 'vault.openFile', { grant: pick.value.grant })).toMatchObject({ ok: false, error: { code: 'USAGE' } });
    chosen = null;
    expect(await dispatch(handlers, 'shell.pickVaultFile', undefined)).toMatchObject({ ok: true, value: { grant: null, path: null } });
    expect(services.vault.path).toBe(pathB);
  });

  it('H2, browser host: a typed path is read only inside the start vault folder; outside (also by .. or a symlink) it is refused unread', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'apppass-outside-'));
    try {
      const foreign = join(outside, 'foreign.apppass');
      writeFileSync(foreign, goodB);
      const fifo = join(outside, 'pipe.apppass');
      execFileSync('mkfifo', [fifo]);
      symlinkSync(foreign, join(t.dir, 'link-out.apppass'));
      const services = { ...createServices({ version: 't', platform: 'linux', vaultPath: pathA }), typedVaultPathRoot: t.dir };
      const handlers = createHandlers(services);
      const before = statSync(foreign).atimeMs;
      for (const path of [foreign, fifo, join(t.dir, '..', relative(join(t.dir, '..'), foreign)), join(t.dir, 'link-out.apppass'), '/etc/passwd', t.dir]) {
        expect(await dispatch(handlers, 'vault.openFile', { path })).toMatchObject({ ok: false, error: { code: 'USAGE', details: { reason: 'outside-vault-folder' } } });
      }
      expect(statSync(foreign).atimeMs).toBe(before);
      expect(services.vault.path).toBe(pathA);
      // Inside the folder (and below it) works as before.
      expect(await dispatch(handlers, 'vault.openFile', { path: pathB })).toMatchObject({ ok: true, value: { path: pathB } });
    } finally {
      rmSync(join(t.dir, 'link-out.apppass'), { force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
