export type { KeychainStore, KeychainBackend } from './keychain-store.ts';
export { KEYCHAIN_SERVICE } from './keychain-store.ts';
export { createOsKeychainStore, entryOptionsFor, backendFor } from './os-keychain-store.ts';
export { createMemoryKeychainStore } from './memory-keychain-store.ts';
export { bounded, boundedStore, KEYCHAIN_TIMEOUT_MS } from './bounded-store.ts';
export { keychainMismatch, keychainUnavailable, unavailableReasonOf, type MismatchReason, type UnavailableReason } from './keychain-errors.ts';
export { decodeDeviceKey, encodeDeviceKey, newDeviceKey } from './device-key.ts';
export { quickUnlockPolicy, assertQuickUnlockAllowed, DAY_MS, type PolicyVerdict } from './quick-unlock-policy.ts';
export {
  KEYCHAIN_WRAP,
  readDeviceKey,
  openWithDeviceKey,
  checkQuickUnlockPolicy,
  quickUnlockOpenError,
  openWithKeychain,
  enableQuickUnlock,
  disableQuickUnlock,
  quickUnlockStatus,
  type DisableResult,
  type QuickUnlockOptions,
} from './quick-unlock.ts';
export { KeychainService, type KeychainServiceOptions } from './keychain-service.ts';
