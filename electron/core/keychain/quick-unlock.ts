import type { KeychainStatus } from '../../contract/calls/keychain.ts';
import { AppError, isAppError } from '../errors/index.ts';
import { localDevice } from '../sync/device-identity.ts';
import { unwrapVaultKey } from '../vault/crypto/key-wrap.ts';
import { readContainer } from '../vault/open-vault.ts';
import {
  hasOwnKeychainWrap,
  isKeychainWrap,
  KEYCHAIN_WRAP,
  KEYCHAIN_WRAPS_MAX,
  keychainCandidates,
  keychainWrapKind,
  openVaultWithKey,
  readVaultInfo,
  type Clock,
  type VaultSession,
} from '../vault/index.ts';
import { boundedStore, KEYCHAIN_TIMEOUT_MS } from './bounded-store.ts';
import { decodeDeviceKey, encodeDeviceKey, newDeviceKey } from './device-key.ts';
import { keychainMismatch } from './keychain-errors.ts';
import type { KeychainStore } from './keychain-store.ts';
import { assertQuickUnlockAllowed, quickUnlockPolicy } from './quick-unlock-policy.ts';

export { KEYCHAIN_WRAP };

export interface QuickUnlockOptions {
  now?: Clock;
  /** Bound on every keychain call (default 2 s). */
  timeoutMs?: number;
  /** This computer's device id (default: APPPASS_DEVICE_ID or the app-data device file). */
  deviceId?: string;
}

async function deviceIdOf(options: QuickUnlockOptions): Promise<string> {
  return options.deviceId ?? (await localDevice()).id;
}

/** The keychain wraps a device key may open, this computer's first (vault/wrap-kinds.ts). */
function candidatesFor(deviceId: string): (kinds: readonly string[]) => string[] {
  return (kinds) => keychainCandidates(deviceId, kinds);
}

const systemClock: Clock = () => new Date();

function notEnabled(): AppError {
  return new AppError(
    'MASTER_PASSWORD_REQUIRED',
    'Quick unlock is not turned on for this vault on this computer.',
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
  if (!info.wraps.some(isKeychainWrap)) {
    // Off in the vault: an item left in the keychain means the two disagree (e.g. a restored vault).
    const left = await kc.get(info.vaultId).catch(() => null);
    throw left === null ? notEnabled() : keychainMismatch('no-wrap');
  }
  const text = await kc.get(info.vaultId);
  // No item, and only other computers have quick unlock on: it is simply off here.
  if (text === null) throw hasOwnKeychainWrap(await deviceIdOf(options), info.wraps) ? keychainMismatch('item-missing') : notEnabled();
  const key = decodeDeviceKey(text);
  if (key === null) throw keychainMismatch('wrong-key');
  if (!hasOwnKeychainWrap(await deviceIdOf(options), info.wraps) && !(await opensAnyKeychainWrap(path, key))) {
    // Only other computers' wraps (e.g. after a password change there): off here, not a damaged item.
    key.fill(0);
    throw keychainMismatch('no-wrap');
  }
  return key;
}

/** Whether `key` opens one of the vault's keychain wraps (an earlier device id of this computer). No KDF. */
async function opensAnyKeychainWrap(path: string, key: Buffer): Promise<boolean> {
  const { header } = await readContainer(path);
  return header.wraps.some((w) => {
    if (!isKeychainWrap(w.kind)) return false;
    const opened = unwrapVaultKey(header.vaultId, w, key);
    opened?.fill(0);
    return opened !== null;
  });
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
    session = await openVaultWithKey(path, candidatesFor(await deviceIdOf(options)), key, { now });
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

/** The item's key, or null when there is none or the keychain does not answer (never thrown). */
async function currentItemKey(vaultId: string, store: KeychainStore, options: QuickUnlockOptions): Promise<Buffer | null> {
  const text = await boundedStore(store, options.timeoutMs ?? KEYCHAIN_TIMEOUT_MS)
    .get(vaultId)
    .catch(() => null);
  return text === null ? null : decodeDeviceKey(text);
}

/** This computer's wraps in the session's header: its own, and any the keychain's current key opens (the legacy wrap, an old device id). */
async function ownWraps(session: VaultSession, store: KeychainStore, options: QuickUnlockOptions): Promise<{ own: string; opened: string[] }> {
  const own = keychainWrapKind(await session.deviceId());
  const key = await currentItemKey(session.vaultId, store, options);
  const opened = key === null ? [] : session.keyWrapsOpenedBy(key).filter((k) => isKeychainWrap(k) && k !== own);
  key?.fill(0);
  return { own, opened };
}

/**
 * Turns quick unlock on for this computer in an unlocked session: a random 256-bit device key goes
 * into the keychain (service "AppPass", account = vault id) and a wrap of the vault key under it,
 * `keychain:<device id>`, into the header; other computers' wraps stay. A wrap the keychain's old
 * key opened (the legacy `keychain` wrap) is replaced by it. The keychain is written first, so an
 * unavailable keychain changes nothing in the vault.
 */
export async function enableQuickUnlock(session: VaultSession, store: KeychainStore, options: QuickUnlockOptions = {}): Promise<void> {
  const kc = boundedStore(store, options.timeoutMs ?? KEYCHAIN_TIMEOUT_MS);
  const { own, opened } = await ownWraps(session, store, options);
  const others = session.keyWraps().filter((k) => isKeychainWrap(k) && k !== own && !opened.includes(k));
  if (others.length >= KEYCHAIN_WRAPS_MAX) {
    throw new AppError('USAGE', `Quick unlock is on for ${others.length} other computers, the most one vault holds; nothing was changed. Use the master password here.`);
  }
  const key = newDeviceKey();
  try {
    await kc.set(session.vaultId, encodeDeviceKey(key));
    try {
      await session.addKeyWrap(own, key, opened);
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

/**
 * Turns quick unlock off on this computer: removes its wrap first (that alone ends quick unlock here),
 * then the keychain item. Other computers' wraps stay.
 */
export async function disableQuickUnlock(session: VaultSession, store: KeychainStore, options: QuickUnlockOptions = {}): Promise<DisableResult> {
  const { own, opened } = await ownWraps(session, store, options);
  const wrapRemoved = await session.removeKeyWrap([own, ...opened]);
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
  const deviceId = await deviceIdOf(options);
  const enabled = hasOwnKeychainWrap(deviceId, info.wraps);
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
  if (!info.wraps.some(isKeychainWrap)) {
    key.fill(0);
    return { ...status, item: 'present' };
  }
  let session: VaultSession;
  try {
    session = await openVaultWithKey(path, candidatesFor(deviceId), key, { now });
  } catch (error) {
    // Another computer's wraps only, none of them under this key: quick unlock is off here.
    if (isAppError(error) && (error.code === 'KEYCHAIN_MISMATCH' || error.code === 'NOT_FOUND')) return { ...status, item: enabled ? 'wrong-key' : 'present' };
    throw error;
  } finally {
    key.fill(0);
  }
  status.enabled = true; // the key opens a wrap of this computer's (an earlier device id)
  try {
    const lastUsedAt = session.masterPasswordLastUsedAt();
    const maxDays = session.settings().quickUnlockMaxDays;
    const verdict = quickUnlockPolicy({ lastUsedAt, maxDays, now: now() });
    return { ...status, item: 'present', daysLeft: verdict.daysLeft, maxDays, masterPasswordLastUsedAt: lastUsedAt, ready: verdict.allowed };
  } finally {
    session.lock();
  }
}
