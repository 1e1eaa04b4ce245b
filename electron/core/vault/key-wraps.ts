import { randomBytes } from 'node:crypto';
import { AppError } from '../errors/index.ts';
import { deriveKey, strongerOf, type KdfParams } from '../kdf/index.ts';
import { unwrapVaultKey, wrapVaultKey } from './crypto/key-wrap.ts';
import type { VaultHeader } from './format/header.ts';

/**
 * The key wraps of a vault header: the vault key wrapped under the master password's key and, for
 * quick unlock, under a device key. Pure header changes; the session saves them.
 */

export const PASSWORD_WRAP = 'password';

function usage(message: string): AppError {
  return new AppError('USAGE', message);
}

export function kdfParamsOf(header: VaultHeader): KdfParams {
  const { memoryKiB, iterations, parallelism } = header.kdf;
  return { memoryKiB, iterations, parallelism };
}

/** The header with a wrap of `vaultKey` under `wrappingKey` (32 bytes) as `kind`, replacing any of that kind. */
export function withKeyWrap(header: VaultHeader, kind: string, wrappingKey: Buffer, vaultKey: Buffer): VaultHeader {
  if (kind === PASSWORD_WRAP) throw usage('The password wrap is changed with changeMasterPassword.');
  if (wrappingKey.length !== 32) throw usage('A wrapping key must be 32 bytes.');
  const wrap = wrapVaultKey(header.vaultId, kind, wrappingKey, vaultKey);
  return { ...header, wraps: [...header.wraps.filter((w) => w.kind !== kind), wrap] };
}

/** The header without the wrap of `kind` (never the password wrap); null when it has none. */
export function withoutKeyWrap(header: VaultHeader, kind: string): VaultHeader | null {
  if (kind === PASSWORD_WRAP) throw usage('The password wrap cannot be removed.');
  if (!header.wraps.some((w) => w.kind === kind)) return null;
  return { ...header, wraps: header.wraps.filter((w) => w.kind !== kind) };
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
  /** Wrapping keys of other wraps to carry over to the new vault key (e.g. the keychain's device key). */
  rewrap?: ReadonlyMap<string, Buffer>;
}

/**
 * The header and vault key after a master-password change: a fresh salt, KDF parameters never
 * lowered, and (unless keepKey) a new random vault key. Other wraps are re-made under the new key
 * when their wrapping key is in `rewrap` and dropped otherwise: a wrap of the old key would only
 * open old copies. The caller re-encrypts the body under the returned key.
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
  const others = header.wraps.filter((w) => w.kind !== PASSWORD_WRAP);
  const dropped: string[] = [];
  const kept = others.flatMap((w) => {
    if (change.keepKey === true) return [w];
    const wrappingKey = change.rewrap?.get(w.kind);
    const check = wrappingKey === undefined ? null : unwrapVaultKey(header.vaultId, w, wrappingKey);
    const opens = check !== null && check.equals(vaultKey);
    check?.fill(0);
    if (wrappingKey === undefined || !opens) {
      dropped.push(w.kind);
      return [];
    }
    return [wrapVaultKey(header.vaultId, w.kind, wrappingKey, nextKey)];
  });
  return { header: { ...header, kdf: { algorithm: 'argon2id', ...params, salt }, wraps: [passwordWrap, ...kept] }, vaultKey: nextKey, dropped };
}
