import type { KeychainStatus } from '../../contract/calls/keychain.ts';
import { isAppError } from '../errors/index.ts';
import { isKeychainWrap, keychainCandidates, openVault, readVaultInfo, type Clock, type VaultService } from '../vault/index.ts';
import type { KeychainStore } from './keychain-store.ts';
import {
  checkQuickUnlockPolicy,
  disableQuickUnlock,
  enableQuickUnlock,
  quickUnlockOpenError,
  quickUnlockStatus,
  readDeviceKey,
  type DisableResult,
} from './quick-unlock.ts';

export interface KeychainServiceOptions {
  /** The host's vault state holder; quick unlock leaves it unlocked. */
  vault: VaultService;
  /** The OS keychain (tests: a fake). */
  store: KeychainStore;
  /** Use the same clock as the VaultService. */
  now?: Clock;
  timeoutMs?: number;
}

/** Quick unlock for a long-lived host (Electron main, browser host): works on the VaultService. */
export class KeychainService {
  private readonly vault: VaultService;
  private readonly store: KeychainStore;
  private readonly now: Clock;
  private readonly timeoutMs: number | undefined;

  constructor(options: KeychainServiceOptions) {
    this.vault = options.vault;
    this.store = options.store;
    this.now = options.now ?? (() => new Date());
    this.timeoutMs = options.timeoutMs;
  }

  private get options(): { now: Clock; timeoutMs?: number } {
    return this.timeoutMs === undefined ? { now: this.now } : { now: this.now, timeoutMs: this.timeoutMs };
  }

  /** The keychain's device key for this vault when the vault has quick-unlock wraps and the keychain answers; null otherwise. The caller zeroes it. */
  async deviceKeyHere(): Promise<Buffer | null> {
    try {
      if (!(await readVaultInfo(this.vault.path)).wraps.some(isKeychainWrap)) return null;
      return await readDeviceKey(this.vault.path, this.store, { ...this.options, deviceId: await this.vault.deviceId() });
    } catch {
      return null;
    }
  }

  async status(): Promise<KeychainStatus> {
    try {
      return await quickUnlockStatus(this.vault.path, this.store, { ...this.options, deviceId: await this.vault.deviceId() });
    } catch (error) {
      if (!isAppError(error) || error.code !== 'NOT_FOUND') throw error;
      return { enabled: false, available: false, item: 'unknown', daysLeft: null, maxDays: null, masterPasswordLastUsedAt: null, ready: false, backend: this.store.backend };
    }
  }

  /**
   * Turns quick unlock on; the master password is checked first (WRONG_PASSWORD changes nothing) and
   * counts as a use of the master password for the N-day policy. An unlocked vault stays unlocked.
   */
  async enable(password: string): Promise<KeychainStatus> {
    const checked = await openVault(this.vault.path, password, { now: this.now });
    const unlocked = (await this.vault.status()).unlocked;
    if (unlocked) {
      checked.lock();
      const session = this.vault.session();
      session.touchMasterPassword();
      await enableQuickUnlock(session, this.store, this.options);
    } else {
      try {
        await enableQuickUnlock(checked, this.store, this.options);
      } finally {
        checked.lock();
      }
    }
    return this.status();
  }

  /** Turns quick unlock off (the vault must be unlocked: the header is re-sealed under the vault key). */
  async disable(): Promise<KeychainStatus & { result: DisableResult }> {
    const result = await disableQuickUnlock(this.vault.session(), this.store, this.options);
    return { ...(await this.status()), result };
  }

  /**
   * Unlocks the VaultService with the keychain's device key: no KDF. The N-day policy is checked
   * before the VaultService takes the session, so a refusal never touches it (no lock event, no reload).
   */
  async unlock(): Promise<void> {
    const key = await readDeviceKey(this.vault.path, this.store, { ...this.options, deviceId: await this.vault.deviceId() });
    try {
      const deviceId = await this.vault.deviceId();
      await this.vault.unlockWithKey((kinds) => keychainCandidates(deviceId, kinds), key, (session) => void checkQuickUnlockPolicy(session, this.now()));
    } catch (error) {
      throw quickUnlockOpenError(error);
    } finally {
      key.fill(0);
    }
  }
}
