import { contract, type CallName, type Result } from '../../contract/index.ts';
import { toErrorPayload } from '../errors/index.ts';
import { describeIssues } from '../errors/describe-issues.ts';
import type { Handlers } from './handler-types.ts';

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

const UNEXPECTED: Result<unknown> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'AppPass could not handle this request. Try again; restart AppPass if it keeps failing.' },
};

/**
 * Validates and runs one call, and never throws (finding L12): unknown names and inputs that fail
 * the call's schema get a VALIDATION error and never reach a handler; handler errors become typed
 * error payloads; anything else (an input whose getters throw, a missing handler) is INTERNAL.
 */
export async function dispatch(handlers: Handlers, name: unknown, rawInput: unknown): Promise<Result<unknown>> {
  try {
    if (!isCallName(name)) {
      return { ok: false, error: { code: 'VALIDATION', message: 'Unknown call.' } };
    }
    const parsed = contract[name].input.safeParse(rawInput);
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'VALIDATION', message: `The request for ${name} was malformed (${describeIssues(parsed.error.issues)}).` },
      };
    }
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    try {
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      return { ok: false, error: toErrorPayload(error) };
    }
  } catch {
    return UNEXPECTED;
  }
}
