import type { AgentField } from '../contract/limits.ts';
import type { ErrorPayload } from '../contract/result.ts';
import { askAgent, NoAgentError } from '../core/agent/agent-client.ts';
import type { AgentAnswer, Candidate } from '../core/agent/protocol.ts';
import { AppError, toErrorPayload } from '../core/errors/app-error.ts';
import { cliAdvice } from './advice.ts';
import { EXIT, exitCodeFor } from './exit-codes.ts';
import type { CliIO } from './io.ts';

/** How long `apppass get` waits for the agent: long enough for the user to answer the app's prompt. */
export const GET_TIMEOUT_MS = 150_000;

export interface GetInput {
  query: string;
  field: AgentField;
  json: boolean;
  /** The vault the user named (--vault or APPPASS_VAULT); null = whatever vault the agent serves. */
  vault: string | null;
}

/** Done: printed and the exit code known. Fallback: no agent (or not for this vault); unlock here instead. */
export type AgentOutcome = { done: true; code: number } | { done: false };

type Out = Pick<CliIO, 'writeOut' | 'writeErr'>;

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Prints a field's value: the bare value and a newline, or `{"field","value"}` with --json. */
export function printValue(io: Out, input: Pick<GetInput, 'field' | 'json'>, value: string): void {
  io.writeOut(input.json ? `${JSON.stringify({ field: input.field, value })}\n` : `${value}\n`);
}

/** Prints an error the CLI's way; an ambiguous query lists its candidates (never secrets). */
export function printGetError(io: Out, json: boolean, error: ErrorPayload, candidates: readonly Candidate[] = []): number {
  const advice = cliAdvice(error);
  const withAdvice = advice === null ? error : { ...error, advice };
  if (json) io.writeErr(`${JSON.stringify({ error: candidates.length > 0 ? { ...withAdvice, candidates } : withAdvice })}\n`);
  else {
    io.writeErr(`apppass: ${error.code}: ${oneLine(error.message)}${advice === null ? '' : ` ${advice}`}\n`);
    for (const c of candidates) io.writeErr(`  ${c.id}\t${c.account}\t${c.label === '' ? '-' : c.label}\t${c.provider}\n`);
  }
  return exitCodeFor(error.code);
}

/** Asks the agent for one field. */
export async function askForField(socketPath: string, input: Omit<GetInput, 'json'>, pid: number): Promise<AgentAnswer> {
  return askAgent(
    socketPath,
    { v: 1, op: 'get', query: input.query, field: input.field, client: { pid }, ...(input.vault === null ? {} : { vault: input.vault }) },
    { timeoutMs: GET_TIMEOUT_MS },
  );
}

/** Answers of the agent that mean "unlock the vault here instead": no agent, locked, another vault. */
function meansFallback(answer: AgentAnswer): boolean {
  if (answer.ok) return false;
  const { code, details } = answer.error;
  return code === 'LOCKED' || (code === 'AGENT_UNAVAILABLE' && details?.['reason'] === 'other-vault');
}

/** `apppass get` through a running agent; { done: false } when the caller must unlock the vault itself. */
export async function getThroughAgent(socketPath: string, input: GetInput, io: Out, pid: number): Promise<AgentOutcome> {
  let answer: AgentAnswer;
  try {
    answer = await askForField(socketPath, input, pid);
  } catch (error) {
    if (error instanceof NoAgentError) return { done: false };
    if (error instanceof AppError) return { done: true, code: printGetError(io, input.json, toErrorPayload(error)) };
    throw error;
  }
  if (meansFallback(answer)) return { done: false };
  if (!answer.ok) return { done: true, code: printGetError(io, input.json, answer.error, answer.error.candidates) };
  if (!('value' in answer)) return { done: true, code: printGetError(io, input.json, { code: 'AGENT_BAD_REQUEST', message: 'The agent answered a get without a value.' }) };
  printValue(io, input, answer.value);
  return { done: true, code: EXIT.OK };
}
