import { isAppError } from '../errors/index.ts';
import type { KeychainStore } from './keychain-store.ts';
import { keychainUnavailable, unavailableReasonOf } from './keychain-errors.ts';

/** Every keychain call answers within this time, or fails with KEYCHAIN_UNAVAILABLE. */
export const KEYCHAIN_TIMEOUT_MS = 2000;

/**
 * Runs one keychain call bounded by `timeoutMs` (Promise.race with a timer; the call's AbortSignal
 * is aborted when the timer wins). Any failure becomes KEYCHAIN_UNAVAILABLE with a reason.
 */
export async function bounded<T>(call: (signal: AbortSignal) => Promise<T>, timeoutMs: number = KEYCHAIN_TIMEOUT_MS): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(keychainUnavailable('timeout'));
    }, timeoutMs);
  });
  const attempt = (async () => call(controller.signal))();
  // A call that fails after the timer won must not become an unhandled rejection.
  attempt.catch(() => undefined);
  try {
    return await Promise.race([attempt, timeout]);
  } catch (error) {
    if (isAppError(error) && error.code === 'KEYCHAIN_UNAVAILABLE') throw error;
    throw keychainUnavailable(unavailableReasonOf(error), error);
  } finally {
    clearTimeout(timer);
  }
}

/** The same store with every call bounded by `timeoutMs` and every failure typed. */
export function boundedStore(store: KeychainStore, timeoutMs: number = KEYCHAIN_TIMEOUT_MS): KeychainStore {
  return {
    backend: store.backend,
    get: (account) => bounded((signal) => store.get(account, signal), timeoutMs),
    set: (account, key) => bounded((signal) => store.set(account, key, signal), timeoutMs),
    delete: (account) => bounded((signal) => store.delete(account, signal), timeoutMs),
  };
}
