import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tempVault } from '../../support/vault-helpers.ts';

const MAIN = fileURLToPath(new URL('../../../electron/cli/main.ts', import.meta.url));
const t = tempVault();
afterAll(() => t.cleanup());

function apppass(args: string[], stdin = ''): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { input: stdin, encoding: 'utf8', env: { ...process.env, APPPASS_VAULT: t.path } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('apppass as a real process', () => {
  it('init, add (secret on line 2), list --json, wrong password exit 3', { timeout: 180_000 }, () => {
    const init = apppass(['init', '--password-stdin', '--allow-weak-password', '--kdf-memory', '19', '--kdf-iterations', '2', '--kdf-parallelism', '1'], 'pw\n'); // a script's short password
    expect(init.status, init.stderr).toBe(0);
    const add = apppass(['--password-stdin', 'add', '--account', 'me@example.com', '--label', 'Mail', '--json'], 'pw\nproc-secret-1\n');
    expect(add.status, add.stderr).toBe(0);
    const { id } = JSON.parse(add.stdout) as { id: string };
    const list = apppass(['list', '--json'], 'pw\n'); // stdin is not a TTY: the password is read from it
    expect(list.status, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ id, account: 'me@example.com', label: 'Mail' })]);
    expect(list.stdout).not.toContain('proc-secret-1');
    const wrong = apppass(['list', '--password-stdin'], 'bad\n');
    expect(wrong.status).toBe(3);
    expect(wrong.stderr).toMatch(/^apppass: WRONG_PASSWORD: .+\n$/);
  });
});
