import type { Handlers } from '../../core/api/index.ts';

/**
 * Wraps the handler table so that `after()` runs once a call whose name starts with one of
 * `prefixes` has finished (successfully or not). The handlers themselves are unchanged; the
 * wrapper sits behind the validating wrapper, so `after` never runs for refused calls.
 */
export function afterCalls(handlers: Handlers, prefixes: readonly string[], after: () => void): Handlers {
  const wrapped: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [name, handler] of Object.entries(handlers) as Array<[string, (input: unknown) => Promise<unknown>]>) {
    wrapped[name] = prefixes.some((p) => name.startsWith(p))
      ? async (input) => {
          try {
            return await handler(input);
          } finally {
            after();
          }
        }
      : handler;
  }
  return wrapped as Handlers;
}
