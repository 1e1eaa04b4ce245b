import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keepSecretsOutOfCoreDumps } from '../../../electron/core/platform/core-dumps.ts';
import { runBuiltCli } from '../../support/built-cli.ts';
import { builtFile } from '../../support/built-dist.ts';

/**
 * M4 (security review 2026-11): a core dump of `apppass` waiting for input held the master password
 * twice and another entry's secret twice (1.2 GB core). The kernel here writes cores to a file
 * (core_pattern "core"), so the test makes real dumps: first of a plain Node process (the control:
 * the dump holds its marker), then of the built CLI.
 */
const dir = mkdtempSync(join(tmpdir(), 'apppass-core-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MASTER = 'CoreDumpMaster-7f3a9c21';
const OTHER_SECRET = 'OtherEntrySecret-51d0e8b4';

/** Starts `node args` with core dumps allowed (ulimit -c unlimited) in `cwd`, sends `stdin`, waits `settleMs`, sends SIGABRT. */
function abortWhileRunning(cwd: string, args: string[], stdin: string, settleMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', 'ulimit -c unlimited && exec "$0" "$@"', process.execPath, ...args], { cwd, stdio: ['pipe', 'ignore', 'ignore'] });
    child.once('error', reject);
    child.stdin.write(stdin);
    setTimeout(() => child.kill('SIGABRT'), settleMs);
    child.once('exit', () => resolve());
  });
}

function coreIn(folder: string): Buffer | null {
  const name = readdirSync(folder).find((n) => n === 'core' || /^core\.\d+$/.test(n));
  return name === undefined ? null : readFileSync(join(folder, name));
}

describe('core dumps (M4)', () => {
  it('on Linux, the process’s coredump_filter is set to 0 (other platforms: unsupported, nothing written)', () => {
    const writes: string[] = [];
    expect(keepSecretsOutOfCoreDumps('darwin', (p) => writes.push(p))).toBe('unsupported');
    expect(keepSecretsOutOfCoreDumps('linux', (p, text) => writes.push(`${p}=${text}`))).toBe('filtered');
    expect(writes).toEqual(['/proc/self/coredump_filter=0x0']);
    expect(keepSecretsOutOfCoreDumps('linux', () => { throw new Error('EACCES'); })).toBe('failed');
  });

  it('a dump of the built CLI holding an open vault has neither the master password nor a secret', { timeout: 120_000 }, async () => {
    expect(readFileSync('/proc/sys/kernel/core_pattern', 'utf8').trim()).toBe('core');
    // Control: an unprotected Node process's dump holds what it holds in memory.
    const control = join(dir, 'control');
    mkdirSync(control);
    await abortWhileRunning(control, ['-e', `globalThis.kept = ['${MASTER}'.split('').reverse().join('')].map((s) => s.split('').reverse().join('')); setInterval(() => {}, 1000);`], '', 1500);
    const controlCore = coreIn(control);
    expect(controlCore, 'the control process left a core dump').not.toBeNull();
    expect((controlCore as Buffer).includes(Buffer.from(MASTER))).toBe(true);

    const vault = join(dir, 'v.apppass');
    expect((await runBuiltCli(['--vault', vault, '--password-stdin', 'init', '--kdf-memory', '19', '--kdf-iterations', '2', '--kdf-parallelism', '1'], { stdin: `${MASTER}\n` })).status).toBe(0);
    expect((await runBuiltCli(['--vault', vault, '--password-stdin', 'add', '--account', 'o@example.com', '--label', 'Other'], { stdin: `${MASTER}\n${OTHER_SECRET}\n` })).status).toBe(0);
    const cliDir = join(dir, 'cli');
    mkdirSync(cliDir);
    // `add` with only the master password sent: the vault is open (every secret decrypted) and the CLI waits for the new secret.
    await abortWhileRunning(cliDir, [builtFile('bin/apppass.mjs'), '--vault', vault, '--password-stdin', 'add', '--account', 'n@example.com', '--label', 'New'], `${MASTER}\n`, 3000);
    const core = coreIn(cliDir);
    expect(core, 'the CLI left a core dump (without its memory)').not.toBeNull();
    expect((core as Buffer).includes(Buffer.from(MASTER))).toBe(false);
    expect((core as Buffer).includes(Buffer.from(OTHER_SECRET))).toBe(false);
    expect((core as Buffer).length).toBeLessThan((controlCore as Buffer).length / 10);
  });
});
