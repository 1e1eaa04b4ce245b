import type { Socket } from 'node:net';
import type { AgentField } from '../../contract/calls/agent.ts';
import type { EntrySummary } from '../../contract/calls/vault.ts';
import { AppError, toErrorPayload } from '../errors/index.ts';
import type { VaultSession } from '../vault/index.ts';
import { sameProgram, type Caller } from './caller.ts';
import { entryField } from './entry-field.ts';
import { AmbiguousQueryError, findOneEntry } from './find-entry.ts';
import { identifyCaller } from './identify-caller.ts';
import { AGENT_PROTOCOL_VERSION, errorAnswer, type AgentAnswer, type AgentRequest } from './protocol.ts';

type GetRequest = Extract<AgentRequest, { op: 'get' }>;

export interface ServeGetDeps {
  /** The unlocked session (throws LOCKED when there is none). */
  session(): VaultSession;
  /** The socket path the agent serves (to identify the caller). */
  socketPath: string;
  /** Resolves when `caller` may read `entry`; throws AGENT_DENIED (the app's prompt). Absent: no prompt. */
  approve?: (caller: Caller, entry: EntrySummary, field: AgentField) => Promise<void>;
  /** Called after the answer was logged in the session's activity (the caller saves). */
  logged(session: VaultSession): void;
  identify?: typeof identifyCaller;
}

/**
 * Answers one `get`: finds the entry (AMBIGUOUS lists the candidates, never secrets), identifies
 * the caller, asks for approval where the host has a prompt, logs 'served' with the caller in the
 * vault's activity (never the value), and answers the field.
 */
export async function serveGet(deps: ServeGetDeps, request: GetRequest, socket: Socket): Promise<AgentAnswer> {
  const session = deps.session();
  if (request.vault !== undefined && request.vault !== session.path) {
    throw new AppError('AGENT_UNAVAILABLE', `The agent serves ${session.path}, not ${request.vault}.`, { details: { reason: 'other-vault' } });
  }
  // Who is asking is found out while the entry is looked up (it spawns `ss` on Linux); it never rejects.
  const asking = (deps.identify ?? identifyCaller)(socket, deps.socketPath, request.client.pid);
  let entry: EntrySummary;
  try {
    entry = findOneEntry(session.list(), request.query);
  } catch (error) {
    if (error instanceof AmbiguousQueryError) return errorAnswer({ ...toErrorPayload(error), candidates: error.candidates });
    throw error;
  }
  const caller = await asking;
  if (deps.approve) await deps.approve(caller, entry, request.field);
  const live = deps.session();
  const value = entryField(live.get(entry.id), request.field);
  live.markServed(entry.id, caller.name, (previous) => sameProgram(previous, caller.name));
  deps.logged(live);
  return { v: AGENT_PROTOCOL_VERSION, ok: true, value };
}
