import { AppError } from '../errors/index.ts';
import { open } from './crypto/aes-gcm.ts';
import { decompressBody } from './format/body-compression.ts';
import type { Container } from './format/container.ts';
import { bodySchema, type VaultBody } from './model/body.ts';
import { upgradeBodyJson } from './model/upgrade-body.ts';

function notValid(): AppError {
  return new AppError('VAULT_CORRUPT', 'The vault decrypted but its contents are not valid AppPass data.');
}

/**
 * Decrypts (and from format version 2 on inflates) and validates the body. The vault key already
 * unwrapped, so the header digest was fine and the key is right: a failing GCM tag here means the
 * file was altered with its checksum recomputed (VAULT_TAMPERED). A body that authenticates but does
 * not inflate or does not fit the model is VAULT_CORRUPT. Bodies of versions 1 and 2 are upgraded to
 * the current model first (model/upgrade-body.ts).
 */
export function decodeBody(container: Container, vaultKey: Buffer): VaultBody {
  const sealedPlaintext = open(vaultKey, container.header.bodyNonce, container.body, container.aad);
  if (sealedPlaintext === null) {
    throw new AppError(
      'VAULT_TAMPERED',
      'The vault file failed its integrity check although the key is right: it was altered after it was written.',
    );
  }
  // Version 1 stored the JSON as it is; later versions compress it first.
  const plaintext = container.version === 1 ? sealedPlaintext : decompressBody(sealedPlaintext);
  if (plaintext !== sealedPlaintext) sealedPlaintext.fill(0);
  if (plaintext === null) throw notValid();
  try {
    let json: unknown;
    try {
      json = upgradeBodyJson(JSON.parse(plaintext.toString('utf8')), container.version);
    } catch {
      json = undefined;
    }
    const parsed = bodySchema.safeParse(json);
    if (!parsed.success) throw notValid();
    return parsed.data;
  } finally {
    plaintext.fill(0);
  }
}
