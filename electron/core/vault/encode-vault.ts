import { newNonce, seal } from './crypto/aes-gcm.ts';
import { assemble, headerBytes } from './format/layout.ts';
import type { VaultHeader } from './format/header.ts';
import type { VaultBody } from './model/body.ts';

/** Encrypts the body under the vault key with a fresh nonce; the header bytes are the associated data. */
export function encodeVault(header: VaultHeader, vaultKey: Buffer, body: VaultBody): { bytes: Buffer; header: VaultHeader } {
  const next: VaultHeader = { ...header, bodyNonce: newNonce() };
  const aad = headerBytes(next);
  const plaintext = Buffer.from(JSON.stringify(body), 'utf8');
  try {
    return { bytes: assemble(aad, seal(vaultKey, next.bodyNonce, plaintext, aad)), header: next };
  } finally {
    plaintext.fill(0);
  }
}
