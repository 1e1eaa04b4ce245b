import type { KeychainStore } from './keychain-store.ts';

/** A keychain in memory: for tests and for hosts that must not touch the OS keychain. */
export function createMemoryKeychainStore(items: Map<string, string> = new Map()): KeychainStore & { items: Map<string, string> } {
  return {
    backend: 'test',
    items,
    async get(account) {
      return items.get(account) ?? null;
    },
    async set(account, base64Key) {
      items.set(account, base64Key);
    },
    async delete(account) {
      return items.delete(account);
    },
  };
}
