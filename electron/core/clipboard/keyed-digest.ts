import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Remembers *that* a value was seen without keeping the value: HMAC-SHA-256 under a random key
 * made for this object (so per process). The digest cannot be checked against guesses without
 * the key, which never leaves memory and is zeroed by `destroy()`.
 */
export class KeyedDigest {
  #key: Buffer = randomBytes(32);

  digest(text: string): Buffer {
    return createHmac('sha256', this.#key).update(text, 'utf8').digest();
  }

  matches(text: string, digest: Buffer): boolean {
    const candidate = this.digest(text);
    const same = candidate.length === digest.length && timingSafeEqual(candidate, digest);
    candidate.fill(0);
    return same;
  }

  destroy(): void {
    this.#key.fill(0);
  }
}
