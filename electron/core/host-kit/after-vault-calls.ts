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
            // A failing follow-up (e.g. rebuilding the tray) must not turn the call's answer into an error.
            try {
              after();
            } catch (error) {
              console.warn('AppPass: updating the tray after a vault call failed:', error instanceof Error ? error.message : 'unknown error');
            }
          }
        }
      : handler;
  }
  return wrapped as Handlers;
}
