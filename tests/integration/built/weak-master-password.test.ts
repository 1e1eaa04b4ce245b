import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MASTER_PASSWORD_MIN_LENGTH } from '../../../electron/contract/limits.ts';
import { runBuiltCli } from '../../support/built-cli.ts';

/** L8: the built CLI applies the app's master-password minimum to init and passwd, unless --allow-weak-password. */
const dir = mkdtempSync(join(tmpdir(), 'apppass-weak-pw-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FAST = ['--kdf-memory', '19', '--kdf-iterations', '2', '--kdf-parallelism', '1'];
const short = 'a'.repeat(MASTER_PASSWORD_MIN_LENGTH - 1);
const enough = 'b'.repeat(MASTER_PASSWORD_MIN_LENGTH);
const json = (r: { stdout: string; stderr: string }) => JSON.parse(r.stdout || r.stderr) as { error?: { code: string; message: string } };

describe('apppass init / passwd: master password minimum (L8)', () => {
  it('init refuses a short password (USAGE, exit 2, no file) and takes it with --allow-weak-password', async () => {
    const vault = join(dir, 'init.apppass');
    for (const pw of [short, 'a', ' ']) {
      const r = await runBuiltCli(['--vault', vault, '--password-stdin', '--json', 'init', ...FAST], { stdin: `${pw}\n` });
      expect(r.status, r.stderr).toBe(2);
      expect(json(r).error).toMatchObject({ code: 'USAGE', message: expect.stringContaining(`at least ${MASTER_PASSWORD_MIN_LENGTH} characters`) });
      expect(existsSync(vault)).toBe(false);
    }
    const weak = await runBuiltCli(['--vault', vault, '--password-stdin', 'init', '--allow-weak-password', ...FAST], { stdin: `${short}\n` });
    expect(weak.status, weak.stderr).toBe(0);
    const second = join(dir, 'init2.apppass');
    expect((await runBuiltCli(['--vault', second, '--password-stdin', 'init', ...FAST], { stdin: `${enough}\n` })).status).toBe(0);
  });

  it('passwd refuses a short new password and changes nothing; --allow-weak-password takes it', async () => {
    const vault = join(dir, 'passwd.apppass');
    expect((await runBuiltCli(['--vault', vault, '--password-stdin', 'init', ...FAST], { stdin: `${enough}\n` })).status).toBe(0);
    const refused = await runBuiltCli(['--vault', vault, '--password-stdin', '--json', 'passwd'], { stdin: `${enough}\n${short}\n` });
    expect(refused.status).toBe(2);
    expect(json(refused).error?.message).toContain('nothing was changed');
    expect((await runBuiltCli(['--vault', vault, '--password-stdin', 'list'], { stdin: `${enough}\n` })).status).toBe(0);
    const weak = await runBuiltCli(['--vault', vault, '--password-stdin', 'passwd', '--allow-weak-password'], { stdin: `${enough}\n${short}\n` });
    expect(weak.status, weak.stderr).toBe(0);
    expect((await runBuiltCli(['--vault', vault, '--password-stdin', 'list'], { stdin: `${short}\n` })).status).toBe(0);
  });
});
