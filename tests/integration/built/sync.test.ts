import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuiltCli, type CliRun } from '../../support/built-cli.ts';

// Two computers with one vault in a synced folder, played by the built CLI in real processes:
// each computer has its own device id (APPPASS_DEVICE_ID) and its own copy of the folder.
const PW = 'correct horse battery staple';
const FAST_KDF = ['--kdf-memory', '19', '--kdf-iterations', '2', '--kdf-parallelism', '1'];
const COMPUTER_A = { APPPASS_DEVICE_ID: 'a0a0a0a0a0a0', APPPASS_DEVICE_NAME: 'computer A' };
const COMPUTER_B = { APPPASS_DEVICE_ID: 'b0b0b0b0b0b0', APPPASS_DEVICE_NAME: 'computer B' };
const COMPUTER_C = { APPPASS_DEVICE_ID: 'c0c0c0c0c0c0', APPPASS_DEVICE_NAME: 'computer C' };
/** Conflict-copy names as Syncthing and Dropbox write them (docs/sync.md). */
const SYNCTHING_NAME = 'vault.sync-conflict-20261130-091500-ABCDEFG.apppass';
const DROPBOX_NAME = "vault (Bob's conflicted copy 2026-11-30).apppass";

let dir: string;

function apppass(vault: string, computer: Record<string, string>, args: string[], stdin: string): Promise<CliRun> {
  return runBuiltCli(['--vault', vault, ...args], { stdin, env: computer });
}
function ok(run: CliRun): CliRun {
  expect(run.status, `exit ${run.status}\nstdout: ${run.stdout}\nstderr: ${run.stderr}`).toBe(0);
  return run;
}
function folder(name: string): string {
  const path = join(dir, name);
  mkdirSync(path);
  return path;
}
async function entries(vault: string): Promise<Array<Record<string, unknown>>> {
  const listed = JSON.parse(ok(await apppass(vault, COMPUTER_A, ['list', '--json'], `${PW}\n`)).stdout) as Array<{ id: string }>;
  const shown: Array<Record<string, unknown>> = [];
  for (const e of listed) shown.push(JSON.parse(ok(await apppass(vault, COMPUTER_A, ['show', e.id, '--json'], `${PW}\n`)).stdout) as Record<string, unknown>);
  return shown;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'apppass-sync-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('apppass sync with conflict copies (built CLI, real processes)', () => {
  it('merges Syncthing- and Dropbox-named copies: every edit stays, copies move away, a second sync changes nothing', { timeout: 180_000 }, async () => {
    const a = join(folder('A'), 'vault.apppass');
    const b = join(folder('B'), 'vault.apppass');
    const c = join(folder('C'), 'vault.apppass');
    ok(await apppass(a, COMPUTER_A, ['init', ...FAST_KDF], `${PW}\n`));
    const one = ok(await apppass(a, COMPUTER_A, ['add', '--account', 'one@example.com', '--label', 'One'], `${PW}\nsecret-one\n`)).stdout.trim();
    const two = ok(await apppass(a, COMPUTER_A, ['add', '--account', 'two@example.com', '--label', 'Two'], `${PW}\nsecret-two\n`)).stdout.trim();
    copyFileSync(a, b);
    copyFileSync(a, c);

    // A: the label of `one`, and a new entry. B: the password and notes of `one`, and `two` deleted.
    // C (made from the same vault): the provider of `one`.
    ok(await apppass(a, COMPUTER_A, ['edit', one, '--label', 'Laptop'], `${PW}\n`));
    const three = ok(await apppass(a, COMPUTER_A, ['add', '--account', 'three@example.com', '--label', 'Three'], `${PW}\nsecret-three\n`)).stdout.trim();
    ok(await apppass(b, COMPUTER_B, ['edit', one, '--secret', '--notes', 'set on B'], `${PW}\nsecret-one-new\n`));
    ok(await apppass(b, COMPUTER_B, ['rm', two], `${PW}\n`));
    ok(await apppass(c, COMPUTER_C, ['edit', one, '--provider', 'gmail'], `${PW}\n`));

    // The sync clients put B's and C's files beside A's under their conflict names.
    const aFolder = join(dir, 'A');
    copyFileSync(b, join(aFolder, SYNCTHING_NAME));
    copyFileSync(c, join(aFolder, DROPBOX_NAME));
    const sync = JSON.parse(ok(await apppass(a, COMPUTER_A, ['sync', '--json'], `${PW}\n`)).stdout) as { report: { copies: string[]; changed: string[]; conflicts: string[] }; moved: string[]; skipped: unknown[] };
    expect(sync.report.copies.sort()).toEqual([DROPBOX_NAME, SYNCTHING_NAME].sort());
    expect(sync.report.changed).toContain(one);
    expect(sync.report.conflicts).toEqual([]);
    expect(sync.skipped).toEqual([]);

    const now = await entries(a);
    expect(now.map((e) => e['id']).sort()).toEqual([one, three].sort());
    expect(now.find((e) => e['id'] === one)).toMatchObject({ label: 'Laptop', secret: 'secret-one-new', notes: 'set on B', provider: 'gmail', account: 'one@example.com' });
    expect(readdirSync(aFolder).sort()).toEqual(['.apppass-merged', 'vault.apppass', 'vault.apppass.bak']);
    expect(readdirSync(join(aFolder, '.apppass-merged')).map((n) => n.replace(/^\S+ /, '')).sort()).toEqual([DROPBOX_NAME, SYNCTHING_NAME].sort());

    const before = readFileSync(a);
    const again = ok(await apppass(a, COMPUTER_A, ['sync'], `${PW}\n`));
    expect(again.stdout).toContain('No copies of this vault found');
    expect(readFileSync(a).equals(before)).toBe(true);
  });

  it('a copy under another master password is not merged without it; given, the vault keeps the newer password', { timeout: 180_000 }, async () => {
    const a = join(folder('P'), 'vault.apppass');
    const b = join(folder('Q'), 'vault.apppass');
    ok(await apppass(a, COMPUTER_A, ['init', ...FAST_KDF], `${PW}\n`));
    const one = ok(await apppass(a, COMPUTER_A, ['add', '--account', 'one@example.com', '--label', 'One'], `${PW}\nsecret-one\n`)).stdout.trim();
    copyFileSync(a, b);
    ok(await apppass(a, COMPUTER_A, ['edit', one, '--label', 'from A'], `${PW}\n`));
    ok(await apppass(b, COMPUTER_B, ['passwd'], `${PW}\nnewer password 2026\n`));
    ok(await apppass(b, COMPUTER_B, ['edit', one, '--notes', 'from B'], 'newer password 2026\n'));
    copyFileSync(b, join(dir, 'P', SYNCTHING_NAME));

    const refused = await apppass(a, COMPUTER_A, ['sync', '--json'], `${PW}\n`);
    expect(refused.status).toBe(6);
    expect(JSON.parse(refused.stdout)).toMatchObject({ moved: [], skipped: [{ file: SYNCTHING_NAME, code: 'COPY_PASSWORD_REQUIRED' }] });

    ok(await apppass(a, COMPUTER_A, ['sync'], `${PW}\nnewer password 2026\n`));
    expect((await apppass(a, COMPUTER_A, ['list'], `${PW}\n`)).status).toBe(3);
    const shown = JSON.parse(ok(await apppass(a, COMPUTER_A, ['show', one, '--json'], 'newer password 2026\n')).stdout) as Record<string, unknown>;
    expect(shown).toMatchObject({ label: 'from A', notes: 'from B' });
  });

  it('apppass merge FILE merges a named copy into --vault and reports it', { timeout: 120_000 }, async () => {
    const a = join(folder('M'), 'vault.apppass');
    const b = join(folder('N'), 'copy.apppass');
    ok(await apppass(a, COMPUTER_A, ['init', ...FAST_KDF], `${PW}\n`));
    copyFileSync(a, b);
    const added = ok(await apppass(b, COMPUTER_B, ['add', '--account', 'b@example.com', '--label', 'B'], `${PW}\nsecret-b\n`)).stdout.trim();
    const merged = JSON.parse(ok(await apppass(a, COMPUTER_A, ['merge', b, '--json'], `${PW}\n`)).stdout) as { added: string[] };
    expect(merged.added).toEqual([added]);
    const other = join(folder('O'), 'other.apppass');
    ok(await apppass(other, COMPUTER_B, ['init', ...FAST_KDF], `${PW}\n`));
    const refused = await apppass(a, COMPUTER_A, ['merge', other], `${PW}\n`);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('NOT_A_COPY');
  });
});
