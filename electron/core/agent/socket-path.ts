import { join } from 'node:path';

/** Where the agent listens, and the folder that must be private to the user (null: nothing to make). */
export interface AgentSocketLocation {
  path: string;
  /** A folder AppPass makes with mode 0700 and checks before use (the fallback without XDG_RUNTIME_DIR). */
  privateDir: string | null;
}

export interface SocketPathInputs {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** The user's id (process.getuid()), or a user name on Windows. */
  user: string;
  /** os.tmpdir(). */
  tmpDir: string;
}

/**
 * The agent's address, the same for the app, `apppass agent` and `apppass get`:
 * APPPASS_AGENT_SOCKET when set; on Windows the named pipe \\.\pipe\apppass-agent-USER;
 * else $XDG_RUNTIME_DIR/apppass-agent.sock (a folder the system keeps private, 0700);
 * else TMPDIR/apppass-UID/agent.sock in a folder AppPass makes 0700 and checks.
 */
export function agentSocketLocation({ env, platform, user, tmpDir }: SocketPathInputs): AgentSocketLocation {
  const chosen = env['APPPASS_AGENT_SOCKET'];
  if (chosen !== undefined && chosen !== '') return { path: chosen, privateDir: null };
  if (platform === 'win32') return { path: `\\\\.\\pipe\\apppass-agent-${user.replace(/[^A-Za-z0-9_.-]/g, '_')}`, privateDir: null };
  const runtime = env['XDG_RUNTIME_DIR'];
  if (runtime !== undefined && runtime.startsWith('/')) return { path: join(runtime, 'apppass-agent.sock'), privateDir: null };
  const dir = join(tmpDir, `apppass-${user}`);
  return { path: join(dir, 'agent.sock'), privateDir: dir };
}
