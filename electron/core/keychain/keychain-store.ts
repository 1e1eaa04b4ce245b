/**
 * Where the device key lives: one item per vault (service "AppPass", account = the vault's id)
 * holding the base64 device key. The OS store implements it with @napi-rs/keyring; tests pass a fake.
 * Implementations may throw anything on failure; `boundedStore` turns that into KEYCHAIN_UNAVAILABLE.
 */
export interface KeychainStore {
  /** Which OS keychain this is, for status and messages. */
  readonly backend: KeychainBackend;
  /** The stored base64 device key, or null when there is no item. */
  get(account: string, signal?: AbortSignal): Promise<string | null>;
  /** Stores (or replaces) the item. */
  set(account: string, base64Key: string, signal?: AbortSignal): Promise<void>;
  /** Removes the item; resolves false when there was none. */
  delete(account: string, signal?: AbortSignal): Promise<boolean>;
}

export type KeychainBackend = 'secret-service' | 'macos-keychain' | 'windows-credential-manager' | 'test';

/** The keychain service name of every AppPass item. */
export const KEYCHAIN_SERVICE = 'AppPass';
