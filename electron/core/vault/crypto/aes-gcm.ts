import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;

/**
 * AES-256-GCM as pieces: ciphertext, then the 16-byte tag. Joined, they are what `open` takes; a
 * large body is left in pieces so the file is assembled with a single copy.
 */
export function sealParts(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Buffer[] {
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const body = cipher.update(plaintext);
  const tail = cipher.final(); // empty for GCM
  return tail.length === 0 ? [body, cipher.getAuthTag()] : [body, tail, cipher.getAuthTag()];
}

/** AES-256-GCM: returns ciphertext followed by the 16-byte tag. */
export function seal(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Buffer {
  return Buffer.concat(sealParts(key, nonce, plaintext, aad));
}

/** Opens `sealed` (ciphertext + tag); returns null when authentication fails. */
export function open(key: Uint8Array, nonce: Uint8Array, sealed: Uint8Array, aad: Uint8Array): Buffer | null {
  if (sealed.length < TAG_BYTES || nonce.length !== NONCE_BYTES) return null;
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(aad);
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  const out = decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES));
  let tail: Buffer;
  try {
    tail = decipher.final();
  } catch {
    out.fill(0);
    return null;
  }
  if (tail.length === 0) return out;
  const whole = Buffer.concat([out, tail]);
  out.fill(0);
  tail.fill(0);
  return whole;
}

export function newNonce(): Buffer {
  return randomBytes(NONCE_BYTES);
}
