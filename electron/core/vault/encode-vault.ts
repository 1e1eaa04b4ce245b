import { newNonce, sealParts } from './crypto/aes-gcm.ts';
import { compressBody } from './format/body-compression.ts';
import { assemble, headerBytes } from './format/layout.ts';
import type { VaultHeader } from './format/header.ts';
import type { VaultBody } from './model/body.ts';

/**
 * Writes the current format (version 3): the body JSON, DEFLATE-compressed, encrypted under the vault
 * key with a fresh nonce; the header bytes are the associated data.
 */
export function encodeVault(header: VaultHeader, vaultKey: Buffer, body: VaultBody): { bytes: Buffer; header: VaultHeader } {
  const next: VaultHeader = { ...header, bodyNonce: newNonce() };
  const aad = headerBytes(next);
  const json = Buffer.from(JSON.stringify(body), 'utf8');
  let plaintext: Buffer | null = null;
  try {
    plaintext = compressBody(json);
    return { bytes: assemble(aad, sealParts(vaultKey, next.bodyNonce, plaintext, aad)), header: next };
  } finally {
    json.fill(0);
    plaintext?.fill(0);
  }
}
