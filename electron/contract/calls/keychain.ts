import { z } from 'zod';
import { call } from '../define-call.ts';
import type { VaultStatus } from './vault.ts';

/** What the keychain item of this vault looks like: checked without the master password. */
export type KeychainItemState = 'present' | 'missing' | 'wrong-key' | 'unknown';

export interface KeychainStatus {
  /** The vault header holds a keychain wrap of the vault key (quick unlock was turned on). */
  enabled: boolean;
  /** The OS keychain answered (within 2 s). */
  available: boolean;
  /** 'unknown' when the keychain is unavailable or there is no vault. */
  item: KeychainItemState;
  /** Whole days until the master password is needed again (0: needed now); null when unknown. */
  daysLeft: number | null;
  /** The user's N (settings.quickUnlockMaxDays); null when unknown. */
  maxDays: number | null;
  /** When the master password last opened the vault (ISO); null when unknown. */
  masterPasswordLastUsedAt: string | null;
  /** True when keychain.unlock would open the vault now. */
  ready: boolean;
  /** Which OS keychain is used: 'secret-service' (Linux), 'macos-keychain', 'windows-credential-manager'. */
  backend: string;
}

const password = z.string().min(1).max(1024);

export const keychainCalls = {
  'keychain.status': call<KeychainStatus>()(z.undefined()),
  /** Turns quick unlock on; needs the master password. */
  'keychain.enable': call<KeychainStatus>()(z.strictObject({ password })),
  /** Removes the keychain wrap from the vault and the item from the keychain (vault must be unlocked). */
  'keychain.disable': call<KeychainStatus>()(z.undefined()),
  /** Unlocks the vault with the key in the OS keychain (no master password, no KDF). */
  'keychain.unlock': call<VaultStatus>()(z.undefined()),
};
