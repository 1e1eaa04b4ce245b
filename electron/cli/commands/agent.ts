import { askAgent, HeadlessAgent, localAgentSocket, NoAgentError, type AgentAnswer, type AgentRequest } from '../../core/agent/index.ts';
import { AppError } from '../../core/errors/index.ts';
import type { Command, CommandContext } from '../command.ts';
import { stringOption, usageError } from '../args.ts';
import { openVaultForCommand } from '../vault-access.ts';

const USAGE = [
  'apppass agent [--idle-minutes N]   (unlocks once: master password on stdin or at the prompt, or --keychain; serves until locked)',
  '       apppass agent lock             (locks the running agent; the headless agent then stops)',
  '       apppass agent status [--json]',
].join('\n');

/** Short requests (status, lock) need no approval; a few seconds is plenty. */
const CONTROL_TIMEOUT_MS = 5_000;

function idleMinutes(ctx: CommandContext, fromSettings: number | null): number | null {
  const given = stringOption(ctx, 'idle-minutes');
  if (given === undefined) return fromSettings;
  const minutes = Number(given);
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 24 * 60) throw usageError('--idle-minutes takes a whole number of minutes from 0 (never) to 1440.', USAGE);
  return minutes === 0 ? null : minutes;
}

async function serve(ctx: CommandContext): Promise<number> {
  const session = await openVaultForCommand(ctx);
  let agent: HeadlessAgent;
  try {
    const idle = idleMinutes(ctx, session.settings().autoLockMinutes);
    agent = new HeadlessAgent({
      session,
      location: localAgentSocket(ctx.io.env),
      idleLockMinutes: idle,
      onSaveError: (error) => ctx.io.writeErr(`apppass agent: the activity log could not be saved (${error instanceof AppError ? error.code : 'error'}).\n`),
    });
    await agent.start();
    ctx.print({ socket: agent.socketPath, vault: session.path, pid: process.pid, idleLockMinutes: idle }, () =>
      `AppPass agent: serving ${session.path} at ${agent.socketPath}; ${idle === null ? 'never locks by itself' : `locks after ${idle} min without a request`}. \`apppass agent lock\` locks it.`,
    );
  } catch (error) {
    session.lock();
    throw error;
  }
  const onSignal = () => void agent.lock('signal');
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const reason = await agent.whenLocked();
  process.removeListener('SIGINT', onSignal);
  process.removeListener('SIGTERM', onSignal);
  // The master password's pipe may still be open, and its reader would keep the process alive.
  process.stdin.destroy();
  if (!ctx.global.json) ctx.io.writeErr(`AppPass agent: locked (${reason === 'idle' ? 'idle' : reason === 'signal' ? 'signal' : '`apppass agent lock`'}); stopped.\n`);
  return 0;
}

async function ask(ctx: CommandContext, request: AgentRequest): Promise<AgentAnswer | null> {
  try {
    const answer = await askAgent(localAgentSocket(ctx.io.env).path, request, { timeoutMs: CONTROL_TIMEOUT_MS });
    if (!answer.ok) throw new AppError(answer.error.code, answer.error.message);
    return answer;
  } catch (error) {
    if (error instanceof NoAgentError) return null;
    throw error;
  }
}

async function lock(ctx: CommandContext): Promise<void> {
  const answer = await ask(ctx, { v: 1, op: 'lock' });
  ctx.print({ locked: answer !== null, running: answer !== null }, () => (answer === null ? 'No AppPass agent was running.' : 'The agent locked the vault.'));
}

async function status(ctx: CommandContext): Promise<void> {
  const socket = localAgentSocket(ctx.io.env).path;
  const answer = await ask(ctx, { v: 1, op: 'status' });
  if (answer === null || !('status' in answer)) {
    throw new AppError('AGENT_UNAVAILABLE', `No AppPass agent is running at ${socket}. Start one with \`apppass agent\`, or turn it on in the app's Settings.`, {
      details: { reason: 'not-running' },
    });
  }
  const s = answer.status;
  ctx.print({ running: true, socket, ...s }, () =>
    [
      `agent: running (${s.host === 'app' ? 'the AppPass app' : 'apppass agent'}, pid ${s.pid})`,
      `socket: ${socket}`,
      `vault: ${s.vault}`,
      `locks after: ${s.idleLockMinutes === null ? 'never' : `${s.idleLockMinutes} min idle`}`,
    ].join('\n'),
  );
}

export const agentCommand: Command = {
  name: 'agent',
  summary: 'Serve `apppass get` without the app (unlocked once); agent lock, agent status.',
  usage: USAGE,
  options: { 'idle-minutes': { type: 'string' } },
  async run(ctx) {
    if (ctx.args.length > 1) throw usageError('Give at most one of lock, status.', USAGE);
    const action = ctx.args[0];
    if (action === undefined || action === 'start') return serve(ctx);
    if (action === 'lock') return lock(ctx);
    if (action === 'status') return status(ctx);
    throw usageError(`Unknown agent action "${action}".`, USAGE);
  },
};
