import { chmodSync, lstatSync, mkdirSync, unlinkSync } from 'node:fs';
import { connect, type Server } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { AppError } from '../errors/index.ts';
import { agentSocketLocation, type AgentSocketLocation } from './socket-path.ts';

/** The agent's address on this machine for this user (see agentSocketLocation). */
export function localAgentSocket(env: NodeJS.ProcessEnv = process.env): AgentSocketLocation {
  const user = process.platform === 'win32' ? userInfo().username : String(process.getuid?.() ?? userInfo().username);
  return agentSocketLocation({ env, platform: process.platform, user, tmpDir: tmpdir() });
}

function ioError(message: string, cause?: unknown): AppError {
  return new AppError('IO_ERROR', message, cause === undefined ? undefined : { cause });
}

/** Makes the fallback folder with mode 0700 and refuses one that another user owns or others may enter. */
function preparePrivateDir(dir: string): void {
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw ioError(`Could not make the agent folder ${dir}.`, error);
  }
  const stat = lstatSync(dir);
  const uid = process.getuid?.();
  if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid) || (stat.mode & 0o077) !== 0) {
    throw ioError(`The agent folder ${dir} is not a private folder of yours (it must be a directory you own with mode 0700). Remove it, or set XDG_RUNTIME_DIR.`);
  }
}

/** True when something answers on `path` (another agent is serving there). */
function answers(path: string): Promise<boolean> {
  return new Promise((resolveAnswers) => {
    const probe = connect(path);
    probe.once('connect', () => {
      probe.destroy();
      resolveAnswers(true);
    });
    probe.once('error', () => resolveAnswers(false));
  });
}

/** Removes a socket file left by an agent that died; never a file of another kind. */
async function clearStaleSocket(path: string): Promise<void> {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return;
  }
  if (!stat.isSocket()) throw ioError(`${path} exists and is not a socket; the agent will not replace it. Remove it or set APPPASS_AGENT_SOCKET.`);
  if (await answers(path)) {
    throw new AppError('IO_ERROR', `Another AppPass agent already serves at ${path}.`, {
      details: { reason: 'in-use' },
    });
  }
  unlinkSync(path);
}

/**
 * Starts `server` listening on the agent socket: the private folder checked, a stale socket file
 * removed, and the socket made mode 0600 (only this user may connect). A named pipe on Windows.
 */
export async function listenPrivate(server: Server, location: AgentSocketLocation): Promise<void> {
  const windows = process.platform === 'win32';
  if (!windows) {
    if (location.privateDir !== null) preparePrivateDir(location.privateDir);
    await clearStaleSocket(location.path);
  }
  await new Promise<void>((resolveListen, reject) => {
    const onError = (error: Error) => reject(ioError(`The agent could not listen on ${location.path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`, error));
    server.once('error', onError);
    server.listen(location.path, () => {
      server.removeListener('error', onError);
      resolveListen();
    });
  });
  if (!windows) chmodSync(location.path, 0o600);
}
