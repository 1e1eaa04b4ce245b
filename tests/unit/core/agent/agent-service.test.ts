import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { askAgent, AgentServer, AgentService, type AgentAnswer } from '../../../../electron/core/agent/index.ts';
import { PENDING_MAX } from '../../../../electron/core/agent/agent-service.ts';
import type { Caller } from '../../../../electron/core/agent/caller.ts';
import { VaultService } from '../../../../electron/core/vault/index.ts';
import { makeTempVault, type TempVault } from '../../../support/temp-vault.ts';

const MASTER = 'agent service master';
const SECRET = 'srv secret 0001';
const MBSYNC: Caller = { key: '/usr/bin/mbsync', name: 'mbsync (/usr/bin/mbsync), pid 4242', pid: 4242, verified: true };

let t: TempVault;
let vault: VaultService;
let agent: AgentService;
let socketPath: string;
let entryId: string;

function get(query = 'me@fastmail.com'): Promise<AgentAnswer> {
  return askAgent(socketPath, { v: 1, op: 'get', query, field: 'password', client: { pid: process.pid } }, { timeoutMs: 10_000 });
}

/** Resolves once a caller waits for approval; returns its request id. */
async function waitForPending(): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const pending = (await agent.status()).pending;
    if (pending !== null) return pending.requestId;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('no caller waited for approval');
}

beforeEach(async () => {
  t = await makeTempVault({ password: MASTER, prefix: 'apppass-agent-service-', entries: [{ provider: 'fastmail', account: 'me@fastmail.com', label: 'mbsync', secret: SECRET }] });
  entryId = t.session.list()[0]!.id;
  t.session.lock();
  socketPath = join(t.dir, 'agent.sock');
  vault = new VaultService(t.path);
  agent = new AgentService({ vault, location: { path: socketPath, privateDir: null }, identify: async () => MBSYNC, approvalTimeoutMs: 5_000 });
  await vault.unlock(MASTER);
});

afterEach(async () => {
  await agent.stop();
  vault.lock();
  t.cleanup();
});

describe('AgentService (the agent inside the app)', () => {
  it('is off by default: no socket until the user turns it on', async () => {
    expect(await agent.status()).toMatchObject({ enabled: false, serving: false, pending: null, approvals: [] });
    expect(existsSync(socketPath)).toBe(false);
    const on = await agent.setEnabled(true);
    expect(on).toMatchObject({ enabled: true, serving: true, socketPath });
    expect(statSync(socketPath).mode & 0o777).toBe(0o600);
  });

  it('a new caller waits for the prompt, naming the entry and the caller; "allow for 8 hours" answers it and the next get', async () => {
    await agent.setEnabled(true);
    const heard: string[] = [];
    agent.onPending((request) => heard.push(request.callerName));
    const answer = get();
    const requestId = await waitForPending();
    expect(heard).toEqual([MBSYNC.name]);
    expect((await agent.status()).pending).toMatchObject({ callerName: MBSYNC.name, caller: MBSYNC.key, verified: true, entryId, entryName: 'mbsync — me@fastmail.com', field: 'password' });
    await agent.answer(requestId, 'allow-hours');
    expect(await answer).toEqual({ v: 1, ok: true, value: SECRET });
    expect(await get()).toEqual({ v: 1, ok: true, value: SECRET });
    expect((await agent.status()).approvals).toEqual([]);
    // Two answers in a row to the same program for the same entry: one event with a count.
    const served = vault.session().activity().filter((e) => e.action === 'served');
    expect(served).toEqual([expect.objectContaining({ entryId, caller: MBSYNC.name, count: 2 })]);
    expect(JSON.stringify(served)).not.toContain(SECRET);
  });

  it('deny refuses the caller with AGENT_DENIED and gives nothing', async () => {
    await agent.setEnabled(true);
    const answer = get();
    await agent.answer(await waitForPending(), 'deny');
    expect(await answer).toMatchObject({ ok: false, error: { code: 'AGENT_DENIED' } });
    expect(vault.session().activity().some((e) => e.action === 'served')).toBe(false);
  });

  it('"always" is kept in the vault across a lock; the agent stops serving when the vault locks', async () => {
    await agent.setEnabled(true);
    const answer = get();
    await agent.answer(await waitForPending(), 'always');
    expect(await answer).toMatchObject({ ok: true, value: SECRET });
    vault.lock();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(socketPath)).toBe(false);
    await expect(get()).rejects.toMatchObject({ name: 'NoAgentError' });
    await vault.unlock(MASTER);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const status = await agent.status();
    expect(status).toMatchObject({ enabled: true, serving: true });
    expect(status.approvals).toEqual([expect.objectContaining({ caller: MBSYNC.key, entryId })]);
    expect(await get()).toMatchObject({ ok: true, value: SECRET });
    await agent.forget(MBSYNC.key, entryId);
    expect((await agent.status()).approvals).toEqual([]);
  });

  it('a caller waiting when the vault locks gets an answer, not a hang; nobody answering times out as AGENT_DENIED', async () => {
    await agent.setEnabled(true);
    const answer = get();
    await waitForPending();
    vault.lock();
    await expect(answer).resolves.toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    await vault.unlock(MASTER);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const slow = new AgentService({ vault, location: { path: join(t.dir, 'slow.sock'), privateDir: null }, identify: async () => MBSYNC, approvalTimeoutMs: 100 });
    await agent.stop();
    await slow.setEnabled(true);
    const late = await askAgent(join(t.dir, 'slow.sock'), { v: 1, op: 'get', query: entryId, field: 'password', client: { pid: process.pid } }, { timeoutMs: 5_000 });
    expect(late).toMatchObject({ ok: false, error: { code: 'AGENT_DENIED' } });
    await slow.stop();
  });

  it('when another agent holds the socket, Settings says so; once it is gone the app serves', async () => {
    const other = new AgentServer({ path: socketPath, privateDir: null }, async () => ({ v: 1, ok: true, locked: true }));
    await other.start();
    let now = 1_000_000;
    const clocked = new AgentService({ vault, location: { path: socketPath, privateDir: null }, identify: async () => MBSYNC, nowMs: () => now });
    const taken = await clocked.setEnabled(true);
    expect(taken).toMatchObject({ enabled: true, serving: false });
    expect(taken.problem).toMatch(/already serves/);
    await other.stop();
    expect(await clocked.status()).toMatchObject({ serving: false });
    now += 5_000;
    expect(await clocked.status()).toMatchObject({ serving: true, problem: null });
    await clocked.stop();
  });

  it('a flood of new callers piles up no more than PENDING_MAX prompts', async () => {
    let n = 0;
    const flooded = new AgentService({ vault, location: { path: join(t.dir, 'flood.sock'), privateDir: null }, identify: async () => ({ ...MBSYNC, key: `/tmp/prog-${++n}` }) });
    await flooded.setEnabled(true);
    const ask = () => askAgent(join(t.dir, 'flood.sock'), { v: 1, op: 'get', query: entryId, field: 'password', client: { pid: process.pid } }, { timeoutMs: 10_000 });
    const waiting = Array.from({ length: PENDING_MAX }, ask);
    while (n < PENDING_MAX) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await ask()).toMatchObject({ ok: false, error: { code: 'AGENT_DENIED' } });
    await flooded.stop();
    for (const answer of await Promise.all(waiting)) expect(answer).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('status and lock work for `apppass agent status|lock`', async () => {
    await agent.setEnabled(true);
    const status = await askAgent(socketPath, { v: 1, op: 'status' }, { timeoutMs: 5_000 });
    expect(status).toMatchObject({ ok: true, status: { vault: t.path, unlocked: true, host: 'app' } });
    expect(await askAgent(socketPath, { v: 1, op: 'lock' }, { timeoutMs: 5_000 })).toEqual({ v: 1, ok: true, locked: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await vault.status()).unlocked).toBe(false);
  });
});
