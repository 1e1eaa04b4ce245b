// zod's functional build: the same checks, a tenth of the code for `apppass get`'s start-up (docs/benchmarks.md).
import * as z from 'zod/mini';
import { AGENT_FIELDS } from '../../contract/limits.ts';
import { ERROR_CODES } from '../../contract/error-codes.ts';
import { describeIssues } from '../errors/describe-issues.ts';

/**
 * The agent protocol (docs/cli.md, "The agent protocol"). One connection carries one request and
 * one answer, each a single line of JSON ending in "\n". Both sides check what they read with these
 * schemas; a message with another `v` gets AGENT_PROTOCOL. Bump the version on any change that an
 * older peer would misread.
 */
export const AGENT_PROTOCOL_VERSION = 1;

/** Longest request or answer line, in bytes (an answer holds at most a few candidates' names). */
export const AGENT_LINE_MAX_BYTES = 64 * 1024;

const version = z.literal(AGENT_PROTOCOL_VERSION);

/** What the client says about itself; the agent checks the pid against the OS where it can. */
const clientSchema = z.strictObject({
  pid: z.int().check(z.positive()),
});

export const agentRequestSchema = z.discriminatedUnion('op', [
  z.strictObject({
    v: version,
    op: z.literal('get'),
    /** An entry id, an account, or "account/label". */
    query: z.string().check(z.minLength(1), z.maxLength(600)),
    field: z.enum(AGENT_FIELDS),
    client: clientSchema,
    /** The vault file the client means; the agent refuses when it serves another one. */
    vault: z.optional(z.string().check(z.minLength(1), z.maxLength(4096))),
  }),
  z.strictObject({ v: version, op: z.literal('status') }),
  z.strictObject({ v: version, op: z.literal('lock') }),
]);
export type AgentRequest = z.output<typeof agentRequestSchema>;

/** A candidate of an ambiguous query: enough to tell entries apart, never a secret. */
export const candidateSchema = z.strictObject({
  id: z.string(),
  account: z.string(),
  label: z.string(),
  provider: z.string(),
});
export type Candidate = z.output<typeof candidateSchema>;

export const agentStatusValueSchema = z.strictObject({
  vault: z.string(),
  unlocked: z.boolean(),
  pid: z.int(),
  /** Minutes of idleness before the agent locks, or null (never). */
  idleLockMinutes: z.nullable(z.int()),
  /** Who runs the agent: the headless `apppass agent` or the app. */
  host: z.enum(['headless', 'app']),
});
export type AgentStatusValue = z.output<typeof agentStatusValueSchema>;

const errorSchema = z.strictObject({
  code: z.enum(ERROR_CODES),
  message: z.string().check(z.maxLength(2000)),
  details: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))),
  candidates: z.optional(z.array(candidateSchema).check(z.maxLength(50))),
});
export type AgentErrorAnswer = z.output<typeof errorSchema>;

export const agentAnswerSchema = z.union([
  z.strictObject({ v: version, ok: z.literal(true), value: z.string() }),
  z.strictObject({ v: version, ok: z.literal(true), status: agentStatusValueSchema }),
  z.strictObject({ v: version, ok: z.literal(true), locked: z.literal(true) }),
  z.strictObject({ v: version, ok: z.literal(false), error: errorSchema }),
]);
export type AgentAnswer = z.output<typeof agentAnswerSchema>;


export type Decoded<T> = { ok: true; message: T } | { ok: false; error: AgentErrorAnswer };

function decodeLine<T>(line: string, schema: z.ZodMiniType<T>, what: 'request' | 'answer', peer: string): Decoded<T> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { ok: false, error: { code: 'AGENT_BAD_REQUEST', message: `The ${what} is not one line of JSON.` } };
  }
  // The version is read before the full check, so that another version gets a clear answer.
  const version = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as { v?: unknown }).v : AGENT_PROTOCOL_VERSION;
  if (version !== AGENT_PROTOCOL_VERSION) {
    const theirs = typeof version === 'number' ? String(version) : 'no version';
    return {
      ok: false,
      error: {
        code: 'AGENT_PROTOCOL',
        message: `This ${peer} speaks agent protocol ${AGENT_PROTOCOL_VERSION}, but the ${what} has ${theirs}. Use the same AppPass version on both sides: restart the agent (or the app) after an update.`,
        details: { expected: AGENT_PROTOCOL_VERSION, got: theirs },
      },
    };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, error: { code: 'AGENT_BAD_REQUEST', message: `The ${what} is not a valid agent ${what} (check: ${describeIssues(parsed.error.issues, what)}).` } };
  }
  return { ok: true, message: parsed.data };
}

/** The agent's side: a request line, checked. */
export function decodeRequest(line: string): Decoded<AgentRequest> {
  return decodeLine(line, agentRequestSchema, 'request', 'agent');
}

/** The client's side: an answer line, checked. */
export function decodeAnswer(line: string): Decoded<AgentAnswer> {
  return decodeLine(line, agentAnswerSchema, 'answer', 'client');
}

export function encodeLine(message: AgentRequest | AgentAnswer): string {
  return `${JSON.stringify(message)}\n`;
}

export function errorAnswer(error: AgentErrorAnswer): AgentAnswer {
  return { v: AGENT_PROTOCOL_VERSION, ok: false, error };
}
