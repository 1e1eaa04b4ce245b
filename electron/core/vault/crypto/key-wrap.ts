import { newNonce, open, seal } from './aes-gcm.ts';

/** One wrapped copy of the vault key, as stored in the header. */
export interface KeyWrap {
  /** 'password', 'keychain', or another kind added later. */
  kind: string;
  nonce: Buffer;
  /** AES-256-GCM(wrappingKey, vaultKey) with the 16-byte tag. */
  wrapped: Buffer;
}

/** The associated data binding a wrap to its vault and kind, so wraps cannot be swapped between them. */
function wrapAad(vaultId: string, kind: string): Buffer {
  return Buffer.from(`apppass/v1/wrap\0${vaultId}\0${kind}`, 'utf8');
}

export function wrapVaultKey(vaultId: string, kind: string, wrappingKey: Uint8Array, vaultKey: Uint8Array): KeyWrap {
  const nonce = newNonce();
  return { kind, nonce, wrapped: seal(wrappingKey, nonce, vaultKey, wrapAad(vaultId, kind)) };
}

/** The vault key, or null when the wrapping key is not the right one. */
export function unwrapVaultKey(vaultId: string, wrap: KeyWrap, wrappingKey: Uint8Array): Buffer | null {
  const key = open(wrappingKey, wrap.nonce, wrap.wrapped, wrapAad(vaultId, wrap.kind));
  if (key !== null && key.length !== 32) {
    key.fill(0);
    return null;
  }
  return key;
}
