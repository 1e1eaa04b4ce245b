import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuiltCli, type CliRun } from '../../support/built-cli.ts';
import { builtFile } from '../../support/built-dist.ts';

/**
 * L3/L4 (security review 2026-11): a vault the user may read but not write (read-only media, a
 * snapshot, another user's folder). Before: `show` printed nothing (INTERNAL, exit 1) because logging
 * the reveal failed, and every write was INTERNAL. Tests run as root, which ignores permissions, so
 * the CLI runs as `nobody` (setpriv) against a root-owned folder it can read but not write.
 */
const dir = mkdtempSync(join(tmpdir(), 'apppass-readonly-'));
const vault = join(dir, 'vault.apppass');
const MASTER = 'read only vault master';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function asNobody(args: string[], stdin: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, builtFile('bin/apppass.mjs'), '--vault', vault, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('a vault that can be read but not written (built CLI as nobody)', () => {
  it('show prints the secret and warns that the reveal was not logged; add is IO_ERROR (exit 8) naming EACCES', { timeout: 60_000 }, async () => {
    expect((await runBuiltCli(['--vault', vault, '--password-stdin', 'init', '--kdf-memory', '19', '--kdf-iterations', '2', '--kdf-parallelism', '1'], { stdin: `${MASTER}\n` })).status).toBe(0);
    const add = await runBuiltCli(['--vault', vault, '--password-stdin', '--json', 'add', '--account', 'ro@example.com', '--label', 'Mail'], { stdin: `${MASTER}\nREAD-ONLY-SECRET\n` });
    const { id } = JSON.parse(add.stdout) as { id: string };
    chmodSync(dir, 0o755);
    chmodSync(vault, 0o644);

    const show = await asNobody(['--password-stdin', '--json', 'show', id], `${MASTER}\n`);
    expect(show.status, show.stderr).toBe(0);
    expect(JSON.parse(show.stdout)).toMatchObject({ id, secret: 'READ-ONLY-SECRET' });
    expect(show.stderr).toMatch(/^Warning: the reveal was not recorded in the activity log \(IO_ERROR: .*EACCES/);

    const denied = await asNobody(['--password-stdin', '--json', 'add', '--account', 'x@example.com', '--label', 'X'], `${MASTER}\nX\n`);
    expect(denied.status).toBe(8);
    expect(JSON.parse(denied.stderr)).toMatchObject({ error: { code: 'IO_ERROR', details: { errno: 'EACCES' } } });
  });
});
