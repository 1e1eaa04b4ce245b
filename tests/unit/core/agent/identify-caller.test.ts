import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { identifyCaller } from '../../../../electron/core/agent/identify-caller.ts';

const dir = mkdtempSync(join(tmpdir(), 'apppass-identify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A server on a fresh socket; resolves with the server-side socket of the first connection and the client's pid. */
async function connectFromChild(claimedPid: (childPid: number) => number): Promise<{ caller: Awaited<ReturnType<typeof identifyCaller>>; childPid: number }> {
  const path = join(dir, `s${Math.random().toString(36).slice(2)}.sock`);
  const accepted = new Promise<Socket>((resolve) => {
    const server = createServer((socket) => {
      server.close();
      resolve(socket);
    });
    server.listen(path);
  });
  await new Promise((resolve) => setTimeout(resolve, 20));
  // A client that is not apppass: it is the caller itself.
  const child = spawn(process.execPath, ['-e', `require('net').connect(${JSON.stringify(path)}); setTimeout(() => {}, 5000)`], { stdio: 'ignore' });
  const socket = await accepted;
  const childPid = child.pid as number;
  const caller = await identifyCaller(socket, path, claimedPid(childPid));
  socket.destroy();
  child.kill();
  return { caller, childPid };
}

describe.runIf(process.platform === 'linux')('identifyCaller on Linux (sock_diag peer inode + /proc)', () => {
  it('finds the connecting process from the socket, and names its executable', async () => {
    const { caller, childPid } = await connectFromChild((pid) => pid);
    expect(caller).toMatchObject({ pid: childPid, verified: true });
    expect(caller.key).toBe(process.execPath);
    expect(caller.name).toContain(`pid ${childPid}`);
  });

  it('a client that claims another pid is still identified as itself', async () => {
    const { caller, childPid } = await connectFromChild(() => process.pid);
    expect(caller).toMatchObject({ pid: childPid, verified: true });
  });
});
