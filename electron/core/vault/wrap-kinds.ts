/**
 * Kinds of the key wraps in a vault header (docs/vault-format.md, "Header JSON"). Quick unlock keeps
 * one wrap per computer: `keychain:<device id>`, under that computer's device key. `keychain` alone
 * is the one wrap vaults had before (whose computer is unknown); it still opens where the keychain
 * holds its key, and becomes that computer's wrap when it turns quick unlock on again or changes
 * the master password.
 */

export const PASSWORD_WRAP = 'password';
/** The keychain wrap of an unknown computer (vaults written before wraps were per computer). */
export const KEYCHAIN_WRAP = 'keychain';
/** Most wraps a header holds (the header schema's limit). */
export const KEY_WRAPS_MAX = 64;
/** Quick unlock can be turned on while fewer than this many wraps besides the password's exist. */
export const KEYCHAIN_WRAPS_MAX = 48;

/** The keychain wrap of the computer with this device id. */
export function keychainWrapKind(deviceId: string): string {
  return `${KEYCHAIN_WRAP}:${deviceId}`;
}

/** A quick-unlock wrap of any computer (or the legacy one). */
export function isKeychainWrap(kind: string): boolean {
  return kind === KEYCHAIN_WRAP || kind.startsWith(`${KEYCHAIN_WRAP}:`);
}

/**
 * The keychain wraps a device key may open, in the order to try them: this computer's, the legacy
 * one, then other computers' (a device id that changed: the keychain still holds the old key).
 */
export function keychainCandidates(deviceId: string, kinds: readonly string[]): string[] {
  const own = keychainWrapKind(deviceId);
  const rest = kinds.filter((k) => isKeychainWrap(k) && k !== own && k !== KEYCHAIN_WRAP).sort();
  return [own, KEYCHAIN_WRAP, ...rest].filter((k) => kinds.includes(k));
}

/** Whether the header's wraps include one that is this computer's or may be (the legacy wrap). */
export function hasOwnKeychainWrap(deviceId: string, kinds: readonly string[]): boolean {
  return kinds.includes(keychainWrapKind(deviceId)) || kinds.includes(KEYCHAIN_WRAP);
}
