import { AppError } from '../errors/index.ts';
import { open } from './crypto/aes-gcm.ts';
import type { Container } from './format/container.ts';
import { bodySchema, type VaultBody } from './model/body.ts';

/**
 * Decrypts and validates the body. The vault key already unwrapped, so the header digest was fine and
 * the key is right: a failing GCM tag here means the file was altered with its checksum recomputed
 * (VAULT_TAMPERED). A body that authenticates but does not fit the model is VAULT_CORRUPT.
 */
export function decodeBody(container: Container, vaultKey: Buffer): VaultBody {
  const plaintext = open(vaultKey, container.header.bodyNonce, container.body, container.aad);
  if (plaintext === null) {
    throw new AppError(
      'VAULT_TAMPERED',
      'The vault file failed its integrity check although the key is right: it was altered after it was written. Do not trust it; restore the backup with `apppass restore-backup`.',
    );
  }
  try {
    let json: unknown;
    try {
      json = JSON.parse(plaintext.toString('utf8'));
    } catch {
      json = undefined;
    }
    const parsed = bodySchema.safeParse(json);
    if (!parsed.success) {
      throw new AppError('VAULT_CORRUPT', 'The vault decrypted but its contents are not valid AppPass data. Restore the backup with `apppass restore-backup`.');
    }
    return parsed.data;
  } finally {
    plaintext.fill(0);
  }
}
