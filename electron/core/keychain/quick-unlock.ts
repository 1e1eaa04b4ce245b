import type { KeychainStatus } from '../../contract/calls/keychain.ts';
import { AppError, isAppError } from '../errors/index.ts';
import { openVaultWithKey, readVaultInfo, type Clock, type VaultSession } from '../vault/index.ts';
import { boundedStore, KEYCHAIN_TIMEOUT_MS } from './bounded-store.ts';
import { decodeDeviceKey, encodeDeviceKey, newDeviceKey } from './device-key.ts';
import { keychainMismatch } from './keychain-errors.ts';
import type { KeychainStore } from './keychain-store.ts';
import { assertQuickUnlockAllowed, quickUnlockPolicy } from './quick-unlock-policy.ts';

/** The kind of the header's key wrap made under the device key. */
export const KEYCHAIN_WRAP = 'keychain';

export interface QuickUnlockOptions {
  now?: Clock;
  /** Bound on every keychain call (default 2 s). */
  timeoutMs?: number;
}

const systemClock: Clock = () => new Date();

function notEnabled(): AppError {
  return new AppError(
    'MASTER_PASSWORD_REQUIRED',
    'Quick unlock is not turned on for this vault.',
    { details: { reason: 'not-enabled' } },
  );
}

/**
 * Reads this vault's device key from the keychain. KEYCHAIN_UNAVAILABLE when the keychain fails or is
 * slow; KEYCHAIN_MISMATCH when the item is missing, malformed, or the vault has no keychain wrap
 * although the item exists; MASTER_PASSWORD_REQUIRED when quick unlock is simply off.
 * The caller zeroes the returned key.
 */
export async function readDeviceKey(path: string, store: KeychainStore, options: QuickUnlockOptions = {}): Promise<Buffer> {
  const info = await readVaultInfo(path);
  const kc = boundedStore(store, options.timeoutMs ?? KEYCHAIN_TIMEOUT_MS);
  if (!info.wraps.includes(KEYCHAIN_WRAP)) {
    // Off in the vault: an item left in the keychain means the two disagree (e.g. a restored vault).
    const left = await kc.get(info.vaultId).catch(() => null);
    throw left === null ? notEnabled() : keychainMismatch('no-wrap');
  }
  const text = await kc.get(info.vaultId);
  if (text === null) throw keychainMismatch('item-missing');
  const key = decodeDeviceKey(text);
  if (key === null) throw keychainMismatch('wrong-key');
  return key;
}

/** The keychain's words for a failed open with the device key (a key that does not unwrap, no wrap). */
export function quickUnlockOpenError(error: unknown): unknown {
  if (isAppError(error) && error.code === 'KEYCHAIN_MISMATCH') return keychainMismatch('wrong-key');
  if (isAppError(error) && error.code === 'NOT_FOUND' && error.details?.['kind'] === KEYCHAIN_WRAP) return notEnabled();
  return error;
}

/** The N-day policy on an opened session: MASTER_PASSWORD_REQUIRED when refused, else the days left. */
export function checkQuickUnlockPolicy(session: VaultSession, now: Date): number {
  return assertQuickUnlockAllowed({ lastUsedAt: session.masterPasswordLastUsedAt(), maxDays: session.settings().quickUnlockMaxDays, now });
}

/** Opens the vault with a device key (no KDF) and applies the N-day policy; the key is not zeroed here. */
export async function openWithDeviceKey(path: string, key: Buffer, options: QuickUnlockOptions = {}): Promise<{ session: VaultSession; daysLeft: number }> {
  const now = options.now ?? systemClock;
  let session: VaultSession;
  try {
    session = await openVaultWithKey(path, KEYCHAIN_WRAP, key, { now });
  } catch (error) {
    throw quickUnlockOpenError(error);
  }
  try {
    return { session, daysLeft: checkQuickUnlockPolicy(session, now()) };
  } catch (error) {
    session.lock();
    throw error;
  }
}

/** Quick unlock for one-shot hosts (the CLI's --keychain): keychain → device key → vault session. */
export async function openWithKeychain(path: string, store: KeychainStore, options: QuickUnlockOptions = {}): Promise<VaultSession> {
  const key = await readDeviceKey(path, store, options);
  try {
    return (await openWithDeviceKey(path, key, options)).session;
  } finally {
    key.fill(0);
  }
}

/**
 * Turns quick unlock on for an unlocked session: a random 256-bit device key goes into the keychain
 * (service "AppPass", account = vault id) and a second wrap of the vault key under it into the header.
 * The keychain is written first, so an unavailable keychain changes nothing in the vault.
 */
export async function enableQuickUnlock(session: VaultSession, store: KeychainStore, options: QuickUnlockOptions = {}): Promise<void> {
  const kc = boundedStore(store, options.timeoutMs ?? KEYCHAIN_TIMEOUT_MS);
  const key = newDeviceKey();
  try {
    await kc.set(session.vaultId, encodeDeviceKey(key));
    try {
      await session.addKeyWrap(KEYCHAIN_WRAP, key);
    } catch (error) {
      await kc.delete(session.vaultId).catch(() => undefined);
      throw error;
    }
  } finally {
    key.fill(0);
  }
}

export interface DisableResult {
  /** The header held a keychain wrap that was removed. */
  wrapRemoved: boolean;
  /** 'removed', 'absent' (there was none), or 'left' (the keychain was unavailable; the item is useless without the wrap). */
  item: 'removed' | 'absent' | 'left';
}

/** Turns quick unlock off: removes the wrap first (that alone ends quick unlock), then the keychain item. */
export async function disableQuickUnlock(session: VaultSession, store: KeychainStore, options: QuickUnlockOptions = {}): Promise<DisableResult> {
  const wrapRemoved = await session.removeKeyWrap(KEYCHAIN_WRAP);
  const kc = boundedStore(store, options.timeoutMs ?? KEYCHAIN_TIMEOUT_MS);
  try {
    return { wrapRemoved, item: (await kc.delete(session.vaultId)) ? 'removed' : 'absent' };
  } catch (error) {
    if (isAppError(error) && error.code === 'KEYCHAIN_UNAVAILABLE') return { wrapRemoved, item: 'left' };
    throw error;
  }
}

/**
 * Everything about quick unlock, without the master password: whether it is on, whether the keychain
 * answers, whether its item opens the vault (a trial open with the device key: no KDF), and the days
 * left under the N-day policy. Never throws for keychain trouble; vault errors (NOT_FOUND, damage) do throw.
 */
export async function quickUnlockStatus(path: string, store: KeychainStore, options: QuickUnlockOptions = {}): Promise<KeychainStatus> {
  const now = options.now ?? systemClock;
  const info = await readVaultInfo(path);
  const enabled = info.wraps.includes(KEYCHAIN_WRAP);
  const status: KeychainStatus = {
    enabled,
    available: false,
    item: 'unknown',
    daysLeft: null,
    maxDays: null,
    masterPasswordLastUsedAt: null,
    ready: false,
    backend: store.backend,
  };
  let text: string | null;
  try {
    text = await boundedStore(store, options.timeoutMs ?? KEYCHAIN_TIMEOUT_MS).get(info.vaultId);
  } catch (error) {
    if (isAppError(error) && error.code === 'KEYCHAIN_UNAVAILABLE') return status;
    throw error;
  }
  status.available = true;
  if (text === null) return { ...status, item: 'missing' };
  const key = decodeDeviceKey(text);
  if (key === null) return { ...status, item: 'wrong-key' };
  if (!enabled) {
    key.fill(0);
    return { ...status, item: 'present' };
  }
  let session: VaultSession;
  try {
    session = await openVaultWithKey(path, KEYCHAIN_WRAP, key, { now });
  } catch (error) {
    if (isAppError(error) && error.code === 'KEYCHAIN_MISMATCH') return { ...status, item: 'wrong-key' };
    throw error;
  } finally {
    key.fill(0);
  }
  try {
    const lastUsedAt = session.masterPasswordLastUsedAt();
    const maxDays = session.settings().quickUnlockMaxDays;
    const verdict = quickUnlockPolicy({ lastUsedAt, maxDays, now: now() });
    return { ...status, item: 'present', daysLeft: verdict.daysLeft, maxDays, masterPasswordLastUsedAt: lastUsedAt, ready: verdict.allowed };
  } finally {
    session.lock();
  }
}
