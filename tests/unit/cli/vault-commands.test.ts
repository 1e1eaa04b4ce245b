import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runFakeCli } from '../../support/fake-cli-io.ts';
import { tempVault } from '../../support/vault-helpers.ts';

const PW = 'cli master password';
const SECRET = 'cli-secret-abcd-efgh';
const FLOOR = ['--kdf-memory', '19', '--kdf-iterations', '2', '--kdf-parallelism', '1'];

let cleanups: Array<() => void> = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

const cli = (argv: string[], stdin: string[] = []) => runFakeCli(argv, stdin);

async function newVault(): Promise<string> {
  const t = tempVault();
  cleanups.push(t.cleanup);
  const r = await cli(['init', '--vault', t.path, '--password-stdin', ...FLOOR], [PW]);
  expect(r.code, r.err).toBe(0);
  return t.path;
}

describe('apppass vault commands', () => {
  it('init, add, list, show, rm round trip with the documented --json shapes', async () => {
    const vault = await newVault();
    const added = await cli(['--vault', vault, '--password-stdin', 'add', '--account', 'me@example.com', '--label', 'iPhone Mail', '--provider', 'icloud', '--json'], [PW, SECRET]);
    expect(added.code, added.err).toBe(0);
    const { id } = JSON.parse(added.out) as { id: string };
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const plainAdd = await cli(['add', '--vault', vault, '--account', 'me@example.com', '--label', 'Laptop'], [PW, 'other-secret']);
    expect(plainAdd.out.trim()).toMatch(/^[0-9a-f-]{36}$/);

    const list = await cli(['list', '--vault', vault, '--json', '--password-stdin'], [PW]);
    expect(list.code).toBe(0);
    const rows = JSON.parse(list.out) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0]!).sort()).toEqual(['account', 'created', 'id', 'label', 'lastCopied', 'provider']);
    expect(rows[0]).toMatchObject({ id, provider: 'icloud', account: 'me@example.com', label: 'iPhone Mail', lastCopied: null });
    expect(list.out).not.toContain(SECRET);
    const human = await cli(['list', '--vault', vault, '--password-stdin'], [PW]);
    expect(human.out).toContain(id);
    expect(human.out).not.toContain(SECRET);

    const show = await cli(['show', id, '--vault', vault, '--json', '--password-stdin'], [PW]);
    expect(JSON.parse(show.out)).toMatchObject({ id, secret: SECRET, account: 'me@example.com' });
    const showHuman = await cli(['show', id, '--vault', vault, '--password-stdin'], [PW]);
    expect(showHuman.out).toContain(`secret: ${SECRET}`);

    expect((await cli(['rm', id, '--vault', vault, '--password-stdin'], [PW])).code).toBe(0);
    const after = JSON.parse((await cli(['list', '--vault', vault, '--json', '--password-stdin'], [PW])).out) as unknown[];
    expect(after).toHaveLength(1);
  });

  it('exit codes and one-line errors: wrong password 3, not found 5, usage 2, damaged 4', async () => {
    const vault = await newVault();
    const wrong = await cli(['list', '--vault', vault, '--password-stdin'], ['nope']);
    expect(wrong.code).toBe(3);
    expect(wrong.err).toMatch(/^apppass: WRONG_PASSWORD: [^\n]+\n$/);
    const wrongJson = await cli(['list', '--vault', vault, '--password-stdin', '--json'], ['nope']);
    expect(JSON.parse(wrongJson.err)).toMatchObject({ error: { code: 'WRONG_PASSWORD' } });

    const missing = await cli(['show', '00000000-0000-0000-0000-000000000000', '--vault', vault, '--password-stdin'], [PW]);
    expect(missing.code).toBe(5);
    expect(missing.err).toMatch(/^apppass: NOT_FOUND: /);
    expect((await cli(['rm', 'nope', '--vault', vault, '--password-stdin'], [PW])).code).toBe(5);

    expect((await cli(['add', '--vault', vault, '--label', 'x', '--password-stdin'], [PW, SECRET])).code).toBe(2);
    expect((await cli(['show', '--vault', vault, '--password-stdin'], [PW])).code).toBe(2);
    expect((await cli(['init', '--vault', vault, '--password-stdin', ...FLOOR], [PW])).code).toBe(2); // VAULT_EXISTS
    expect((await cli(['init', '--vault', `${vault}.2`, '--password-stdin', '--kdf-memory', '8'], [PW])).code).toBe(4);
    expect((await cli(['list', '--vault', `${vault}.none`, '--password-stdin'], [PW])).code).toBe(5);

    const bytes = readFileSync(vault);
    bytes[40] = (bytes[40] as number) ^ 0xff;
    writeFileSync(vault, bytes);
    const damaged = await cli(['list', '--vault', vault, '--password-stdin'], [PW]);
    expect(damaged.code).toBe(4);
    expect(damaged.err).toMatch(/^apppass: VAULT_CORRUPT: .*restore-backup/);
  });

  it('no secret appears in any output of a failing command', async () => {
    const vault = await newVault();
    const r = await cli(['add', '--vault', vault, '--account', 'a@b.c', '--label', 'x', '--password-stdin'], [PW, 'z'.repeat(2000)]);
    expect(r.code).toBe(2);
    expect(r.err).not.toContain('zzzz');
    expect(r.err).not.toContain(PW);
  });

  it('info needs no password and reports the KDF parameters', async () => {
    const vault = await newVault();
    const r = await cli(['info', '--vault', vault, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ formatVersion: 3, kdf: { memoryKiB: 19456, iterations: 2, parallelism: 1 } });
    expect((await cli(['info', '--vault', vault])).out).toContain('format version: 3');
  });

  it('passwd: old password on line 1, new on line 2', async () => {
    const vault = await newVault();
    expect((await cli(['passwd', '--vault', vault, '--password-stdin'], ['bad', 'new master pw'])).code).toBe(3);
    expect((await cli(['passwd', '--vault', vault, '--password-stdin'], [PW, 'new master pw'])).code).toBe(0);
    expect((await cli(['list', '--vault', vault, '--password-stdin'], [PW])).code).toBe(3);
    expect((await cli(['list', '--vault', vault, '--password-stdin'], ['new master pw'])).code).toBe(0);
  });

  it('restore-backup needs confirmation or --yes; NO_BACKUP before the first save', async () => {
    const vault = await newVault();
    expect((await cli(['restore-backup', '--vault', vault, '--yes'])).code).toBe(5);
    await cli(['add', '--vault', vault, '--account', 'a@b.c', '--label', 'one', '--password-stdin'], [PW, 's1']);
    await cli(['add', '--vault', vault, '--account', 'a@b.c', '--label', 'two', '--password-stdin'], [PW, 's2']);
    writeFileSync(vault, 'garbage');
    const refused = await cli(['restore-backup', '--vault', vault], ['n']);
    expect(refused.code).toBe(2);
    expect(readFileSync(vault, 'utf8')).toBe('garbage');
    const ok = await cli(['restore-backup', '--vault', vault], ['yes']);
    expect(ok.code, ok.err).toBe(0);
    const rows = JSON.parse((await cli(['list', '--vault', vault, '--json', '--password-stdin'], [PW])).out) as Array<{ label: string }>;
    expect(rows.map((r) => r.label)).toEqual(['one']);
  });
});
