import { randomBytes } from 'node:crypto';
import { KEY_BYTES } from '../kdf/index.ts';

/** A fresh random 256-bit device key. Zero it with `.fill(0)` when done. */
export function newDeviceKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

export function encodeDeviceKey(key: Buffer): string {
  return key.toString('base64');
}

/** The key held by a keychain item, or null when the item does not hold a 32-byte base64 key. */
export function decodeDeviceKey(text: string): Buffer | null {
  if (!/^[A-Za-z0-9+/]{43}=$/.test(text)) return null;
  const key = Buffer.from(text, 'base64');
  if (key.length !== KEY_BYTES) {
    key.fill(0);
    return null;
  }
  return key;
}
