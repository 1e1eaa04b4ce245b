import type { AsyncEntry, EntryOptions } from '@napi-rs/keyring';
import { loadModule } from '../platform/load-module.ts';
import { KEYCHAIN_SERVICE, type KeychainBackend, type KeychainStore } from './keychain-store.ts';

/**
 * Entry options per platform. On Linux (and other Unixes) the store is pinned to the Secret
 * Service: unpinned, @napi-rs/keyring silently falls back to the kernel keyring, which is lost at
 * reboot. macOS (Keychain) and Windows (Credential Manager) need no options.
 */
export function entryOptionsFor(platform: NodeJS.Platform): EntryOptions | undefined {
  if (platform === 'darwin' || platform === 'win32') return undefined;
  return { linux: { store: 'secret-service' } };
}

export function backendFor(platform: NodeJS.Platform): KeychainBackend {
  if (platform === 'darwin') return 'macos-keychain';
  if (platform === 'win32') return 'windows-credential-manager';
  return 'secret-service';
}

/**
 * The OS keychain through @napi-rs/keyring's AsyncEntry. The entry is made inside each call: its
 * constructor connects to the store and throws when there is none, which then rejects the call.
 * The native module is loaded on the first call, so opening a vault without the keychain (every
 * `apppass` command but `--keychain` and `keychain …`) does not load it; loadModule takes whichever
 * shape the bundle hands over.
 */
export function createOsKeychainStore(platform: NodeJS.Platform = process.platform): KeychainStore {
  const options = entryOptionsFor(platform);
  const entry = async (account: string): Promise<AsyncEntry> => {
    const keyring = await loadModule<typeof import('@napi-rs/keyring')>('@napi-rs/keyring', 'AsyncEntry', () => import('@napi-rs/keyring'));
    return new keyring.AsyncEntry(KEYCHAIN_SERVICE, account, options);
  };
  return {
    backend: backendFor(platform),
    async get(account, signal) {
      return (await entry(account)).getPassword(signal);
    },
    async set(account, base64Key, signal) {
      await (await entry(account)).setPassword(base64Key, signal);
    },
    async delete(account, signal) {
      return (await entry(account)).deleteCredential(signal);
    },
  };
}
