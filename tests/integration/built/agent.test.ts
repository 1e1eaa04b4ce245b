import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openVault } from '../../../electron/core/vault/index.ts';
import { builtFile } from '../../support/built-dist.ts';
import { runBuiltCli, type CliRun } from '../../support/built-cli.ts';
import { makeTempVault, type TempVault } from '../../support/temp-vault.ts';

// Issue 19, "Done when": the built `apppass agent` serves the built `apppass get` in real processes.
// `get` runs with no password and no terminal (stdin is a pipe), and the vault has no keychain wrap.
const MASTER = 'agent test master';
const SECRET = 'wxyz abcd efgh ijkl';
const OTHER_SECRET = 'other secret 1234';

let t: TempVault;
let socketPath: string;
let env: Record<string, string>;
let agent: ChildProcessWithoutNullStreams;
let agentExit: Promise<number | null>;
let ids: { work: string; phone: string; laptop: string };

function apppass(args: string[], stdin = ''): Promise<CliRun> {
  return runBuiltCli(['--vault', t.path, ...args], { stdin, env });
}

/** Sends one raw line on the agent socket and reads the one-line answer. */
function rawRequest(line: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const socket = connect(socketPath, () => socket.write(line));
    let text = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
    socket.once('error', reject);
    socket.once('close', () => resolve(JSON.parse(text.trim()) as Record<string, unknown>));
  });
}

beforeAll(async () => {
  t = await makeTempVault({
    password: MASTER,
    prefix: 'apppass-agent-',
    entries: [
      { provider: 'fastmail', account: 'me@fastmail.com', label: 'mbsync', secret: SECRET },
      { provider: 'gmail', account: 'me@gmail.com', label: 'Phone', secret: OTHER_SECRET },
      { provider: 'gmail', account: 'me@gmail.com', label: 'Laptop', secret: 'laptop secret 99' },
    ],
  });
  const list = t.session.list();
  ids = { work: list[0]!.id, phone: list[1]!.id, laptop: list[2]!.id };
  t.session.lock();
  socketPath = join(t.dir, 'agent.sock');
  // No Secret Service on this bus address: `get` must not find a keychain to fall back on.
  env = { APPPASS_AGENT_SOCKET: socketPath, DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(t.dir, 'no-bus')}` };
  agent = spawn(process.execPath, [builtFile('bin/apppass.mjs'), '--vault', t.path, 'agent', '--idle-minutes', '30'], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  agentExit = new Promise((resolve) => agent.once('exit', (code) => resolve(code)));
  let out = '';
  let err = '';
  agent.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  await new Promise<void>((resolve, reject) => {
    agent.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('\n')) resolve();
    });
    agent.once('exit', (code) => reject(new Error(`apppass agent exited ${code}: ${err}`)));
    // The master password on stdin; the pipe stays open, as with a password manager's launcher.
    agent.stdin.write(`${MASTER}\n`);
  });
  expect(out).toContain(`serving ${t.path} at ${socketPath}`);
}, 60_000);

afterAll(() => {
  if (agent.exitCode === null) agent.kill();
  t.cleanup();
});

describe('apppass agent + apppass get, built, real processes', () => {
  it('get prints the secret with no password and no terminal', async () => {
    const run = await apppass(['get', 'me@fastmail.com']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(`${SECRET}\n`);
    const byLabel = await apppass(['get', 'ME@gmail.com/phone', '--json']);
    expect(JSON.parse(byLabel.stdout)).toEqual({ field: 'password', value: OTHER_SECRET });
    const host = await apppass(['get', ids.work, '--field', 'imap-host']);
    expect(host.stdout).toBe('imap.fastmail.com\n');
  });

  it('an ambiguous query exits 5 and lists the candidates without secrets', async () => {
    const run = await apppass(['get', 'me@gmail.com']);
    expect(run.status).toBe(5);
    expect(run.stderr).toContain('AMBIGUOUS');
    expect(run.stderr).toContain(ids.phone);
    expect(run.stderr).toContain(ids.laptop);
    expect(run.stderr + run.stdout).not.toContain(OTHER_SECRET);
  });

  it('the socket is mode 0600', () => {
    expect(statSync(socketPath).mode & 0o777).toBe(0o600);
  });

  it('a malformed request gets an error and the agent keeps serving', async () => {
    expect(await rawRequest('this is not json\n')).toMatchObject({ v: 1, ok: false, error: { code: 'AGENT_BAD_REQUEST' } });
    expect(await rawRequest('{"v":1,"op":"get","query":"me@fastmail.com"}\n')).toMatchObject({ ok: false, error: { code: 'AGENT_BAD_REQUEST' } });
    expect(await rawRequest(`${'x'.repeat(70_000)}\n`)).toMatchObject({ ok: false, error: { code: 'AGENT_BAD_REQUEST' } });
    const other = await rawRequest('{"v":2,"op":"status"}\n');
    expect(other).toMatchObject({ ok: false, error: { code: 'AGENT_PROTOCOL' } });
    expect(JSON.stringify(other)).toMatch(/protocol 1/);
    const again = await apppass(['get', 'me@fastmail.com']);
    expect(again.stdout).toBe(`${SECRET}\n`);
  });

  it('agent status answers; snippet uses apppass get with the entry id', async () => {
    const status = await apppass(['agent', 'status']);
    expect(status.status, status.stderr).toBe(0);
    expect(status.stdout).toContain('running (apppass agent');
    const snippet = await apppass(['snippet', 'msmtp', 'me@fastmail.com']);
    expect(snippet.status, snippet.stderr).toBe(0);
    expect(snippet.stdout).toContain(`passwordeval "apppass get ${ids.work}"`);
    expect(snippet.stdout).toContain('host smtp.fastmail.com');
    expect(snippet.stdout).not.toContain(SECRET);
  });

  it('after agent lock, get exits 6 without blocking on stdin, and every answer was logged with its caller', async () => {
    const lock = await apppass(['agent', 'lock']);
    expect(lock.status, lock.stderr).toBe(0);
    expect(await agentExit).toBe(0);
    expect(existsSync(socketPath)).toBe(false);
    // stdin is a pipe that stays open: get must not wait on it for a password.
    const child = spawn(process.execPath, [builtFile('bin/apppass.mjs'), '--vault', t.path, 'get', 'me@fastmail.com'], { env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.stdin.destroy();
    expect(code).toBe(6);
    expect(stderr).toContain('AGENT_UNAVAILABLE');
    expect(stderr).toContain('apppass agent');

    const session = await openVault(t.path, MASTER);
    const served = session.activity().filter((e) => e.action === 'served');
    session.lock();
    // Every answer is counted: 4 gets and the snippet's 7 fields. Answers in a row to the same
    // program for the same entry share one event with a count.
    expect(served.reduce((sum, e) => sum + (e.count ?? 1), 0)).toBe(11);
    expect(served.length).toBeLessThan(11);
    expect(served.every((e) => typeof e.caller === 'string' && e.caller.includes('pid'))).toBe(true);
    expect(JSON.stringify(served)).not.toContain(SECRET);
  });
});
