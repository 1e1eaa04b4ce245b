import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingTools } from '../../support/require-tool.ts';
import { SECRET_SERVICE_TOOLS, startSecretService, type SecretService } from '../../support/secret-service.ts';
import { builtFile } from '../../support/built-dist.ts';
import { runBuiltCli, type CliRun } from '../../support/built-cli.ts';
import { makeTempVault, type TempVault } from '../../support/temp-vault.ts';

// Issue 19: `apppass get` with no agent unlocks the vault itself — the keychain first, then a
// prompt on a terminal — and never waits on a missing terminal. The built CLI in real processes,
// against gnome-keyring's Secret Service on a private bus; the terminal is a pty made by script(1).
const missing = missingTools([...SECRET_SERVICE_TOOLS, 'script']);
if (missing) throw new Error(`These tests need ${missing}; .ci/run installs them.`);

const MASTER = 'fallback master 12';
const SECRET = 'fallback secret 77';

let t: TempVault;
let keyring: SecretService;
let env: Record<string, string>;

function apppass(args: string[], stdin = ''): Promise<CliRun> {
  return runBuiltCli(['--vault', t.path, ...args], { stdin, env });
}

/** `apppass get QUERY` on a terminal (a pty from script(1)); types `typed` once the prompt shows. */
function getOnTerminal(query: string, typed: string): Promise<{ code: number | null; output: string }> {
  const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(builtFile('bin/apppass.mjs'))} --vault ${JSON.stringify(t.path)} get ${JSON.stringify(query)}`;
  const child = spawn('script', ['-qec', command, '/dev/null'], { env: { ...process.env, ...env } });
  let output = '';
  let typedIt = false;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    if (!typedIt && output.includes('Master password:')) {
      typedIt = true;
      child.stdin.write(`${typed}\r`);
    }
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

beforeAll(async () => {
  keyring = await startSecretService();
  t = await makeTempVault({ password: MASTER, prefix: 'apppass-get-fallback-', entries: [{ provider: 'fastmail', account: 'me@fastmail.com', label: 'msmtp', secret: SECRET }] });
  t.session.lock();
  // No agent answers on this socket.
  env = { ...keyring.env, APPPASS_AGENT_SOCKET: join(t.dir, 'no-agent.sock') };
}, 60_000);

afterAll(async () => {
  await keyring?.stop();
  t?.cleanup();
});

describe('apppass get without an agent, built, real processes', () => {
  it('asks on the terminal when there is one', async () => {
    const run = await getOnTerminal('me@fastmail.com', MASTER);
    expect(run.code).toBe(0);
    expect(run.output).toContain('Master password:');
    expect(run.output).toContain(SECRET);
    expect(run.output.indexOf('Master password:')).toBeLessThan(run.output.indexOf(SECRET));
  });

  it('uses the keychain first, with no password and no terminal', async () => {
    const enable = await apppass(['--password-stdin', 'keychain', 'enable'], `${MASTER}\n`);
    expect(enable.status, enable.stderr).toBe(0);
    const run = await apppass(['get', 'me@fastmail.com']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(`${SECRET}\n`);
  });

  it('a locked keychain and no terminal: exit 6 with how to start an agent; a terminal still gets the prompt', async () => {
    await keyring.lockCollection();
    const run = await apppass(['get', 'me@fastmail.com']);
    expect(run.status).toBe(6);
    expect(run.stderr).toContain('AGENT_UNAVAILABLE');
    expect(run.stderr).toContain('`apppass agent`');
    expect(run.stderr).toContain('Quick unlock did not work');
    const typed = await getOnTerminal('me@fastmail.com', MASTER);
    expect(typed.code).toBe(0);
    expect(typed.output).toContain(SECRET);
  });
});
