import { hashRaw } from '@node-rs/argon2';
import { AppError } from '../errors/index.ts';
import { checkKdfCost } from './kdf-budget.ts';
import { checkKdfParams, type KdfParams } from './kdf-params.ts';

/** Argon2id in @node-rs/argon2's Algorithm enum (a const enum, so written as its value). */
const ARGON2ID = 2;
/** Argon2 version 0x13. */
const VERSION_13 = 1;

export const KEY_BYTES = 32;
export const SALT_BYTES = 16;

/**
 * Argon2id(password, salt, params) → 32-byte key. Parameters are checked BEFORE any memory is
 * taken: each within its floor and ceiling, and their cost within this machine's budget (L2). The password may be a string or bytes; bytes passed in are not modified (the caller zeroes them).
 */
export async function deriveKey(password: string | Uint8Array, salt: Uint8Array, params: KdfParams): Promise<Buffer> {
  const checked = checkKdfParams(params);
  if (salt.length < 8) throw new AppError('VAULT_CORRUPT', 'The key-derivation salt is too short; the vault file is damaged.');
  await checkKdfCost(checked);
  return hashRaw(password, {
    algorithm: ARGON2ID,
    version: VERSION_13,
    memoryCost: checked.memoryKiB,
    timeCost: checked.iterations,
    parallelism: checked.parallelism,
    outputLen: KEY_BYTES,
    salt,
  });
}
