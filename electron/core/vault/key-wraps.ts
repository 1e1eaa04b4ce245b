import { randomBytes } from 'node:crypto';
import { AppError } from '../errors/index.ts';
import { deriveKey, strongerOf, type KdfParams } from '../kdf/index.ts';
import { unwrapVaultKey, wrapVaultKey } from './crypto/key-wrap.ts';
import type { VaultHeader } from './format/header.ts';
import { KEY_WRAPS_MAX, PASSWORD_WRAP } from './wrap-kinds.ts';

/**
 * The key wraps of a vault header: the vault key wrapped under the master password's key and, for
 * quick unlock, under a device key. Pure header changes; the session saves them.
 */

export { PASSWORD_WRAP };

function usage(message: string): AppError {
  return new AppError('USAGE', message);
}

export function kdfParamsOf(header: VaultHeader): KdfParams {
  const { memoryKiB, iterations, parallelism } = header.kdf;
  return { memoryKiB, iterations, parallelism };
}

/**
 * The header with a wrap of `vaultKey` under `wrappingKey` (32 bytes) as `kind`, replacing any of that
 * kind and those in `replacing` (never the password wrap).
 */
export function withKeyWrap(header: VaultHeader, kind: string, wrappingKey: Buffer, vaultKey: Buffer, replacing: readonly string[] = []): VaultHeader {
  if (kind === PASSWORD_WRAP || replacing.includes(PASSWORD_WRAP)) throw usage('The password wrap is changed with changeMasterPassword.');
  if (wrappingKey.length !== 32) throw usage('A wrapping key must be 32 bytes.');
  const kept = header.wraps.filter((w) => w.kind !== kind && !replacing.includes(w.kind));
  if (kept.length + 1 > KEY_WRAPS_MAX) throw usage(`A vault holds at most ${KEY_WRAPS_MAX} key wraps.`);
  const wrap = wrapVaultKey(header.vaultId, kind, wrappingKey, vaultKey);
  return { ...header, wraps: [...kept, wrap] };
}

/** The header without the wraps of `kinds` (never the password wrap); null when it has none of them. */
export function withoutKeyWraps(header: VaultHeader, kinds: readonly string[]): VaultHeader | null {
  if (kinds.includes(PASSWORD_WRAP)) throw usage('The password wrap cannot be removed.');
  if (!header.wraps.some((w) => kinds.includes(w.kind))) return null;
  return { ...header, wraps: header.wraps.filter((w) => !kinds.includes(w.kind)) };
}

/** Kinds of the wraps (not the password's) that `wrappingKey` opens to `vaultKey`. No KDF: one AES-GCM open per wrap. */
export function kindsOpenedBy(header: VaultHeader, wrappingKey: Buffer, vaultKey: Buffer): string[] {
  return header.wraps.flatMap((w) => {
    if (w.kind === PASSWORD_WRAP) return [];
    const key = unwrapVaultKey(header.vaultId, w, wrappingKey);
    const opens = key !== null && key.equals(vaultKey);
    key?.fill(0);
    return opens ? [w.kind] : [];
  });
}

/** WRONG_PASSWORD unless `password` unwraps the password wrap to `vaultKey`. */
export async function checkMasterPassword(header: VaultHeader, password: string, vaultKey: Buffer): Promise<void> {
  const wrap = header.wraps.find((w) => w.kind === PASSWORD_WRAP);
  if (wrap === undefined) throw new AppError('VAULT_CORRUPT', 'The vault has no password wrap.');
  const kek = await deriveKey(password, header.kdf.salt, kdfParamsOf(header));
  const check = unwrapVaultKey(header.vaultId, wrap, kek);
  kek.fill(0);
  const right = check !== null && check.equals(vaultKey);
  check?.fill(0);
  if (!right) throw new AppError('WRONG_PASSWORD', 'The current master password is wrong; nothing was changed.');
}

export interface PasswordChange {
  /** Argon2id parameters to raise to (never lowered). */
  kdf?: KdfParams;
  /**
   * Keep the vault key (only re-wrap it): for a re-calibration under the same password. By default
   * the key is rotated, so the old password with any earlier copy of the file cannot read what is
   * added afterwards (M1).
   */
  keepKey?: boolean;
  /**
   * Wrapping keys to carry over to the new vault key, by the kind to make (e.g. this computer's
   * keychain wrap → its device key): made when the key opens a wrap of the header (of that kind or
   * another, e.g. the legacy `keychain` wrap).
   */
  rewrap?: ReadonlyMap<string, Buffer>;
}

/**
 * The header and vault key after a master-password change: a fresh salt, KDF parameters never
 * lowered, and (unless keepKey) a new random vault key. Other wraps are re-made under the new key
 * when their wrapping key is in `rewrap` and dropped otherwise: a wrap of the old key would only
 * open old copies (other computers' quick unlock: their device keys are not here). `dropped` names
 * the wraps not carried over. The caller re-encrypts the body under the returned key.
 */
export async function changedPasswordHeader(
  header: VaultHeader,
  vaultKey: Buffer,
  oldPassword: string,
  newPassword: string,
  change: PasswordChange = {},
): Promise<{ header: VaultHeader; vaultKey: Buffer; dropped: string[] }> {
  if (newPassword === '') throw usage('The new master password must not be empty.');
  await checkMasterPassword(header, oldPassword, vaultKey);
  const params = change.kdf === undefined ? kdfParamsOf(header) : strongerOf(kdfParamsOf(header), change.kdf);
  const salt = randomBytes(16);
  const newKek = await deriveKey(newPassword, salt, params);
  const nextKey = change.keepKey === true ? Buffer.from(vaultKey) : randomBytes(32);
  const passwordWrap = wrapVaultKey(header.vaultId, PASSWORD_WRAP, newKek, nextKey);
  newKek.fill(0);
  const carried = new Set<string>();
  const made = [];
  for (const [kind, wrappingKey] of change.keepKey === true ? [] : (change.rewrap ?? new Map<string, Buffer>())) {
    const opened = kindsOpenedBy(header, wrappingKey, vaultKey);
    if (opened.length === 0) continue;
    for (const k of opened) carried.add(k);
    made.push(wrapVaultKey(header.vaultId, kind, wrappingKey, nextKey));
  }
  const others = header.wraps.filter((w) => w.kind !== PASSWORD_WRAP);
  // A wrap of the old key would only open old copies: those without a key to re-make them go.
  const kept = change.keepKey === true ? others : made;
  const dropped = change.keepKey === true ? [] : others.map((w) => w.kind).filter((k) => !carried.has(k));
  return { header: { ...header, kdf: { algorithm: 'argon2id', ...params, salt }, wraps: [passwordWrap, ...kept] }, vaultKey: nextKey, dropped };
}
