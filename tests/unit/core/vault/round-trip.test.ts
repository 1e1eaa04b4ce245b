import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createVault, openVault, openVaultWithKey, readVaultInfo, restoreBackup } from '../../../../electron/core/vault/index.ts';
import { isAppError } from '../../../../electron/core/errors/index.ts';
import { FAST_KDF, steppingClock, tempVault } from '../../../support/vault-helpers.ts';

const PASSWORD = 'correct horse battery staple';
const SECRET = 'abcdwxyzqrstefgh-TEST-SECRET-7731';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    return isAppError(error) ? error.code : `UNTYPED ${String(error)}`;
  }
}

let cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function fresh() {
  const t = tempVault();
  cleanups.push(t.cleanup);
  return t;
}

describe('vault round trip', () => {
  it('creates, adds, saves and reopens with the same content', async () => {
    const { path } = fresh();
    const now = steppingClock();
    const session = await createVault(path, PASSWORD, { kdf: FAST_KDF, now });
    const a = session.add({ account: 'me@example.com', label: 'iPhone Mail', provider: 'icloud', secret: SECRET, notes: 'n', tags: ['phone'] });
    const b = session.add({ account: 'me@example.com', label: 'Thunderbird', secret: 'other-secret-1' });
    session.updateSettings({ clipboardClearSeconds: 30 });
    await session.save();
    session.lock();

    const again = await openVault(path, PASSWORD);
    expect(again.list().map((e) => e.id)).toEqual([a.id, b.id]);
    expect(again.get(a.id)).toEqual(a);
    expect(again.get(b.id).provider).toBe('custom');
    expect(again.settings().clipboardClearSeconds).toBe(30);
    expect(again.settings().autoLockMinutes).toBe(15);
    expect(again.activity().map((e) => [e.action, e.entryId])).toEqual([
      ['created', a.id],
      ['created', b.id],
    ]);
    expect(JSON.stringify(again.list())).not.toContain(SECRET);
  });

  it('wrong password is WRONG_PASSWORD; the file is left alone', async () => {
    const { path } = fresh();
    (await createVault(path, PASSWORD, { kdf: FAST_KDF })).lock();
    const before = readFileSync(path);
    expect(await codeOf(openVault(path, 'not it'))).toBe('WRONG_PASSWORD');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses to create over an existing vault', async () => {
    const { path } = fresh();
    (await createVault(path, PASSWORD, { kdf: FAST_KDF })).lock();
    const before = readFileSync(path);
    expect(await codeOf(createVault(path, 'another', { kdf: FAST_KDF }))).toBe('VAULT_EXISTS');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('writes mode 0600 files, keeps a backup, and never writes a secret in plaintext', async () => {
    const { dir, path } = fresh();
    const session = await createVault(path, PASSWORD, { kdf: FAST_KDF });
    session.add({ account: 'a@example.com', label: 'x', secret: SECRET });
    await session.save();
    session.add({ account: 'b@example.com', label: 'y', secret: `${SECRET}-2` });
    await session.save();
    const files = readdirSync(dir);
    expect(files).toContain('vault.apppass.bak');
    for (const name of files) {
      const full = join(dir, name);
      if (process.platform !== 'win32') expect(statSync(full).mode & 0o777, name).toBe(0o600);
      const bytes = readFileSync(full);
      for (const needle of [SECRET, PASSWORD]) {
        expect(bytes.includes(Buffer.from(needle, 'utf8')), name).toBe(false);
        expect(bytes.includes(Buffer.from(needle, 'utf16le')), name).toBe(false);
      }
    }
  });

  it('each save makes the file it replaces the backup, even over a stale temporary file left by a crash', async () => {
    const { dir, path } = fresh();
    const session = await createVault(path, PASSWORD, { kdf: FAST_KDF });
    session.add({ account: 'a@example.com', secret: 'first' });
    await session.save();
    const previous = readFileSync(path);
    writeFileSync(join(dir, 'vault.apppass.bak.tmp'), 'left over by a crash');
    session.add({ account: 'b@example.com', secret: 'second' });
    await session.save();
    expect(readFileSync(`${path}.bak`).equals(previous)).toBe(true);
    expect(readFileSync(path).equals(previous)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    session.lock();
    await restoreBackup(path);
    const restored = await openVault(path, PASSWORD);
    expect(restored.list().map((e) => e.account)).toEqual(['a@example.com']);
    restored.lock();
  });

  it('several entries per account and app; removing one leaves the others; restore undoes it', async () => {
    const { path } = fresh();
    const s = await createVault(path, PASSWORD, { kdf: FAST_KDF });
    const one = s.add({ account: 'me@example.com', label: 'Mail', secret: 's1' });
    const two = s.add({ account: 'me@example.com', label: 'Mail', secret: 's2' });
    const removed = s.remove(one.id);
    expect(removed.secret).toBe('s1');
    expect(s.list().map((e) => e.id)).toEqual([two.id]);
    s.restore(removed);
    await s.save();
    s.lock();
    const again = await openVault(path, PASSWORD);
    expect(again.get(one.id).secret).toBe('s1');
    expect(again.get(two.id).secret).toBe('s2');
    expect(again.activity().map((e) => e.action)).toEqual(['created', 'created', 'removed', 'restored']);
  });

  it('search, built on first use, follows every later add, update, remove and restore', async () => {
    const { path } = fresh();
    const s = await createVault(path, PASSWORD, { kdf: FAST_KDF });
    const a = s.add({ account: 'ann@example.com', label: 'Phone', secret: 's1' });
    await s.save();
    s.lock();
    const o = await openVault(path, PASSWORD);
    const b = o.add({ account: 'bob@example.com', label: 'Laptop', secret: 's2' }); // before the index exists
    expect(o.search('example').map((x) => x.id)).toEqual([a.id, b.id]);
    const c = o.add({ account: 'cid@example.com', label: 'Tablet', secret: 's3' }); // after
    o.update(a.id, { label: 'Desk' });
    expect(o.search('phone')).toEqual([]);
    expect(o.search('desk').map((x) => x.id)).toEqual([a.id]);
    const removed = o.remove(b.id);
    expect(o.search('example').map((x) => x.id)).toEqual([a.id, c.id]);
    o.restore(removed);
    expect(o.search('laptop').map((x) => x.id)).toEqual([b.id]);
    o.lock();
    expect(() => o.search('example')).toThrow(expect.objectContaining({ code: 'LOCKED' }));
  });

  it('list and search give every field of an entry but the secret', async () => {
    const { path } = fresh();
    const s = await createVault(path, PASSWORD, { kdf: FAST_KDF });
    const full = s.add({
      account: 'all@example.com',
      label: 'Every field',
      provider: 'fastmail',
      secret: 'the-secret',
      notes: 'n',
      tags: ['t'],
      favourite: true,
      server: { imap: { host: 'imap.example.com', port: 993, security: 'ssl', username: 'all' } },
    });
    s.markCopied(full.id);
    s.update(full.id, { revoked: true });
    const entry = s.get(full.id);
    const { secret: _secret, ...expected } = entry;
    expect(s.list()).toEqual([expected]);
    expect(s.search('every')).toEqual([expected]);
    expect(Object.keys(s.list()[0]!).sort()).toEqual(Object.keys(entry).filter((k) => k !== 'secret').sort());
    s.lock();
  });

  it('update, reveal, markCopied and search', async () => {
    const { path } = fresh();
    const s = await createVault(path, PASSWORD, { kdf: FAST_KDF, now: steppingClock() });
    const e = s.add({ account: 'Me@Example.com', label: 'iPad', provider: 'gmail', secret: 's1' });
    s.add({ account: 'other@fastmail.com', label: 'Laptop', provider: 'fastmail', secret: 's2' });
    expect(s.search('example').map((x) => x.id)).toEqual([e.id]);
    expect(s.search('FASTMAIL')).toHaveLength(1);
    expect(s.search('ipad')).toHaveLength(1);
    expect(s.search('')).toHaveLength(2);
    const u = s.update(e.id, { label: 'iPad Mail', revoked: true, server: { imap: { host: 'imap.gmail.com', port: 993, security: 'ssl', username: 'me' } } });
    expect(u.label).toBe('iPad Mail');
    expect(u.revoked).not.toBeNull();
    expect(u.updated > u.created).toBe(true);
    expect(s.search('ipad mail')).toHaveLength(1);
    expect(s.reveal(e.id)).toBe('s1');
    expect(s.markCopied(e.id).lastCopied).not.toBeNull();
    expect(s.activity().slice(-3).map((x) => x.action)).toEqual(['changed', 'revealed', 'copied']);
    expect(await codeOf(Promise.resolve().then(() => s.get('nope')))).toBe('NOT_FOUND');
    expect(await codeOf(Promise.resolve().then(() => s.add({ account: 'x', secret: 'y'.repeat(1025) })))).toBe('USAGE');
  });

  it('lock zeroes the session: every call throws LOCKED', async () => {
    const { path } = fresh();
    const s = await createVault(path, PASSWORD, { kdf: FAST_KDF });
    const e = s.add({ account: 'a@b.c', secret: 's' });
    s.lock();
    const calls: Array<() => unknown> = [() => s.list(), () => s.get(e.id), () => s.search('a'), () => s.settings(), () => s.activity(), () => s.reveal(e.id)];
    for (const call of calls) {
      expect(await codeOf(Promise.resolve().then(call))).toBe('LOCKED');
    }
    expect(await codeOf(s.save())).toBe('LOCKED');
  });

  it('merges a file another copy of this vault changed since it was loaded (read-merge-write): both edits stay', async () => {
    const { path } = fresh();
    const first = await createVault(path, PASSWORD, { kdf: FAST_KDF });
    const second = await openVault(path, PASSWORD);
    second.add({ account: 'theirs@example.com', secret: 'theirs' });
    await second.save();
    first.add({ account: 'mine@example.com', secret: 'mine' });
    await first.save();
    expect(first.hasUnsavedChanges).toBe(false);
    expect(first.lastMergeReport?.added).toHaveLength(1);
    const check = await openVault(path, PASSWORD);
    expect(check.list().map((e) => e.account).sort()).toEqual(['mine@example.com', 'theirs@example.com']);
  });

  it('refuses to overwrite a file replaced by another vault (EXTERNAL_CHANGE) and keeps it', async () => {
    const { path } = fresh();
    const first = await createVault(path, PASSWORD, { kdf: FAST_KDF });
    const other = fresh();
    const stranger = await createVault(other.path, PASSWORD, { kdf: FAST_KDF });
    stranger.add({ account: 'stranger@example.com', secret: 'theirs' });
    await stranger.save();
    copyFileSync(other.path, path);
    first.add({ account: 'mine@example.com', secret: 'mine' });
    expect(await codeOf(first.save())).toBe('EXTERNAL_CHANGE');
    expect(first.hasUnsavedChanges).toBe(true);
    const check = await openVault(path, PASSWORD);
    expect(check.list().map((e) => e.account)).toEqual(['stranger@example.com']);
  });

  it('changeMasterPassword never lowers the KDF and refuses a wrong old password', async () => {
    const { path } = fresh();
    const s = await createVault(path, PASSWORD, { kdf: FAST_KDF, now: steppingClock() });
    const e = s.add({ account: 'a@b.c', secret: 's' });
    const stamp = s.masterPasswordLastUsedAt();
    expect(await codeOf(s.changeMasterPassword('wrong', 'new one'))).toBe('WRONG_PASSWORD');
    await s.changeMasterPassword(PASSWORD, 'new one', { kdf: { memoryKiB: 8192, iterations: 2, parallelism: 1 } });
    expect(s.kdfParams()).toEqual(FAST_KDF);
    expect(s.masterPasswordLastUsedAt() > stamp).toBe(true);
    s.lock();
    expect(await codeOf(openVault(path, PASSWORD))).toBe('WRONG_PASSWORD');
    const again = await openVault(path, 'new one');
    expect(again.get(e.id).secret).toBe('s');
  });

  it('extra key wraps: add, open with the key, remove', async () => {
    const { path } = fresh();
    const s = await createVault(path, PASSWORD, { kdf: FAST_KDF });
    s.add({ account: 'a@b.c', secret: 's' });
    const key = Buffer.alloc(32, 7);
    await s.addKeyWrap('keychain', key);
    expect(s.keyWraps()).toEqual(['password', 'keychain']);
    expect((await readVaultInfo(path)).wraps).toEqual(['password', 'keychain']);
    const viaKey = await openVaultWithKey(path, 'keychain', key);
    expect(viaKey.list()).toHaveLength(1);
    expect(await codeOf(openVaultWithKey(path, 'keychain', Buffer.alloc(32, 8)))).toBe('KEYCHAIN_MISMATCH');
    viaKey.lock();
    expect(await s.removeKeyWrap('keychain')).toBe(true);
    expect(await codeOf(openVaultWithKey(path, 'keychain', key))).toBe('NOT_FOUND');
    expect(await codeOf(s.removeKeyWrap('password'))).toBe('USAGE');
  });

  it('readVaultInfo needs no password', async () => {
    const { path } = fresh();
    const s = await createVault(path, PASSWORD, { kdf: FAST_KDF });
    const info = await readVaultInfo(path);
    expect(info).toMatchObject({ formatVersion: 3, vaultId: s.vaultId, kdf: { algorithm: 'argon2id', ...FAST_KDF }, wraps: ['password'], hasBackup: false });
  });
});
