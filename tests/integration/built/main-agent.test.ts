import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../../support/built-cli.ts';
import { loadBuiltMain, type BuiltMain } from '../../support/built-main.ts';

// The agent inside the Electron main process that ships (dist/main/main.cjs under a fake electron
// module), answering the built `apppass get` in a real child process.
const MASTER = 'agent in main master';
const SECRET = 'main agent secret 5';
const FAST_KDF = { memoryKiB: 19 * 1024, iterations: 2, parallelism: 1 };

let dir: string;
let socketPath: string;
let app: BuiltMain;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'apppass-built-main-agent-'));
  socketPath = join(dir, 'agent.sock');
  app = await loadBuiltMain({ env: { APPPASS_VAULT: join(dir, 'vault.apppass'), APPPASS_AGENT_SOCKET: socketPath } });
});
afterAll(() => {
  app?.close();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe('the agent in dist/main/main.cjs', () => {
  it('turned on, it brings the window up for a waiting program, serves it once allowed, and stops on lock', async () => {
    expect(await app.invoke('vault.create', { password: MASTER, kdf: FAST_KDF })).toMatchObject({ ok: true });
    expect(await app.invoke('entries.add', { provider: 'fastmail', account: 'me@fastmail.com', label: 'mbsync', secret: SECRET })).toMatchObject({ ok: true });
    expect(await app.invoke('agent.status')).toMatchObject({ ok: true, value: { enabled: false, serving: false } });
    expect(await app.invoke('agent.setEnabled', { enabled: true })).toMatchObject({ ok: true, value: { enabled: true, serving: true, socketPath } });

    const main = app.electron.windows.find((w) => !w.url.endsWith('#/quick-search'));
    main?.hide();
    main?.show.mockClear();
    const answer = runBuiltCli(['get', 'me@fastmail.com'], { env: { APPPASS_AGENT_SOCKET: socketPath, APPPASS_VAULT: '' } });
    type Pending = { requestId: string; entryName: string } | null;
    const waiting = async (): Promise<Pending> => ((await app.invoke('agent.status')).value as { pending: Pending }).pending;
    let pending = await waiting();
    for (let i = 0; i < 300 && pending === null; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      pending = await waiting();
    }
    expect(pending).toMatchObject({ entryName: 'mbsync — me@fastmail.com' });
    expect(main?.show).toHaveBeenCalled();
    expect(main?.visible).toBe(true);
    expect(await app.invoke('agent.answer', { requestId: pending?.requestId, decision: 'allow-hours' })).toMatchObject({ ok: true });
    const run = await answer;
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(`${SECRET}\n`);

    expect(await app.invoke('vault.lock')).toMatchObject({ ok: true });
    for (let i = 0; i < 100 && existsSync(socketPath); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(existsSync(socketPath)).toBe(false);
  });
});
