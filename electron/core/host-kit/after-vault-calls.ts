import type { Handlers } from '../api/index.ts';
import type { HostLog } from './host-log.ts';

/** Calls after which the tray, the shortcut and the auto-lock cadence may need to follow the vault (a copy makes an entry recent). */
export const VAULT_CALL_PREFIXES: readonly string[] = ['vault.', 'entries.', 'settings.', 'keychain.', 'clipboard.copyEntry'];

/**
 * Wraps the handler table so that `after()` runs once a call whose name starts with one of
 * `prefixes` has finished (successfully or not). The handlers themselves are unchanged; the
 * wrapper sits behind the accepting step, so `after` never runs for refused calls.
 */
export function afterVaultCalls(handlers: Handlers, prefixes: readonly string[], after: () => void, log: HostLog): Handlers {
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
              log.warn(`updating the tray after a vault call failed: ${error instanceof Error ? error.message : 'unknown error'}`);
            }
          }
        }
      : handler;
  }
  return wrapped as Handlers;
}
