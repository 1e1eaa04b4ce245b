import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KDF_FLOOR } from '../../../electron/core/kdf/index.ts';
import { entriesOf, importFromFile } from '../../../electron/core/interop/index.ts';
import { createVault, openVault } from '../../../electron/core/vault/index.ts';
import { missingTools } from '../../support/require-tool.ts';
import { runFakeCli } from '../../support/fake-cli-io.ts';
import { MASTER, sampleVault } from '../../support/sample-vault.ts';

const missing = missingTools(['keepassxc-cli'], 'apt-get install keepassxc');

/** Runs keepassxc-cli with stdin lines; returns stdout. */
function kx(args: string[], stdin: string[]): string {
  return execFileSync('keepassxc-cli', args, { input: `${stdin.join('\n')}\n`, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
}

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

const cli = (argv: string[], stdin: string[], cwd: string) => runFakeCli(argv, stdin, { cwd });

describe.skipIf(missing)('interop against keepassxc-cli', () => {
  it('an AppPass KDBX export lists every entry with its password in keepassxc-cli; the KDF is Argon2id', async () => {
    const { session, dir, path, cleanup } = await sampleVault();
    cleanups.push(cleanup);
    const entries = entriesOf(session);
    session.lock();
    const out = join(dir, 'export.kdbx');
    expect((await cli(['--vault', path, 'export', '--format', 'kdbx', '--out', out], [MASTER, 'kx-export'], dir)).code).toBe(0);

    const listing = kx(['ls', '-q', '-R', '-f', out], ['kx-export']).split('\n').filter((l) => l.startsWith('AppPass/') && !l.endsWith('/'));
    expect(listing.sort()).toEqual(['AppPass/Gmail — iPhone Mail', 'AppPass/custom — Thunderbird']);
    for (const entry of entries) {
      const title = entry.provider === 'gmail' ? 'Gmail — iPhone Mail' : 'custom — Thunderbird';
      const shown = kx(['show', '-q', '-s', '-a', 'Password', '-a', 'UserName', '-a', 'URL', '-a', 'AppPass-Provider', out, `AppPass/${title}`], ['kx-export']);
      expect(shown.split('\n').slice(0, 4)).toEqual([entry.secret, entry.account, entry.provider === 'gmail' ? 'https://myaccount.google.com/apppasswords' : '', entry.provider]);
    }
    const info = kx(['db-info', '-q', out], ['kx-export']);
    expect(info).toMatch(/KDF:\s+Argon2id \(2 rounds, 19456 KB\)/);
    expect(kx(['db-info', '-q', out], ['kx-export'])).toContain('Number of entries: 2');
  });

  it('a database made by keepassxc-cli db-create (KDBX 3.1, AES-KDF) and add imports completely', async () => {
    const { session, dir, path, cleanup } = await sampleVault();
    cleanups.push(cleanup);
    session.lock();
    const db = join(dir, 'keepassxc.kdbx');
    kx(['db-create', '-q', '-p', db], ['kxpw', 'kxpw']);
    kx(['add', '-q', '-u', 'frank@gmail.com', '--url', 'https://mail.google.com', '-p', db, 'Gmail on tablet'], ['kxpw', 'frank-secret-1']);
    kx(['mkdir', '-q', db, 'Email'], ['kxpw']);
    kx(['add', '-q', '-u', 'gina@fastmail.com', '--notes', 'for K-9 Mail', '-p', db, 'Email/Fastmail phone'], ['kxpw', 'gina "secret", 2']);
    kx(['add', '-q', '-u', 'no-password@example.org', db, 'Email/No password'], ['kxpw']);
    expect(readFileSync(db).readUInt16LE(10)).toBe(3);

    const wrong = await cli(['--vault', path, 'import', '--format', 'kdbx', db], [MASTER, 'bad'], dir);
    expect(wrong.code).toBe(3);
    const done = await cli(['--vault', path, 'import', '--format', 'kdbx', db, '--json'], [MASTER, 'kxpw'], dir);
    expect(done.code).toBe(0);
    expect(JSON.parse(done.out)).toMatchObject({ result: { added: 2, skipped: 1 } });
    const reopened = await openVault(path, MASTER);
    const imported = entriesOf(reopened).filter((e) => e.account === 'frank@gmail.com' || e.account === 'gina@fastmail.com');
    reopened.lock();
    expect(imported.map((e) => [e.provider, e.account, e.label, e.secret, e.notes, e.tags])).toEqual([
      ['gmail', 'frank@gmail.com', 'Gmail on tablet', 'frank-secret-1', '', []],
      ['fastmail', 'gina@fastmail.com', 'Fastmail phone', 'gina "secret", 2', 'for K-9 Mail', ['Email']],
    ]);
  });

  it('round trip AppPass -> KDBX -> (edited and re-saved by keepassxc-cli) -> AppPass loses nothing', async () => {
    const { session, dir, cleanup } = await sampleVault();
    cleanups.push(cleanup);
    const original = entriesOf(session);
    const out = join(dir, 'rt.kdbx');
    const { exportVault, writeExportFile } = await import('../../../electron/core/interop/index.ts');
    await writeExportFile(out, (await exportVault(session, 'kdbx', { password: 'rt' })).bytes);
    kx(['add', '-q', '-u', 'hal@yahoo.com', '-p', out, 'AppPass/Yahoo — added in KeePassXC'], ['rt', 'hal-secret']);
    const target = await createVault(join(dir, 'target.apppass'), 'm', { kdf: KDF_FLOOR });
    const { result } = await importFromFile(target, { format: 'kdbx', bytes: readFileSync(out), password: 'rt' }, true);
    expect(result.added).toBe(3);
    const back = entriesOf(target);
    expect(back.slice(0, 2)).toEqual(original);
    expect(back[2]).toMatchObject({ provider: 'yahoo', account: 'hal@yahoo.com', label: 'Yahoo — added in KeePassXC', secret: 'hal-secret' });
  });
});
