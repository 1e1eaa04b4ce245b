import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * Format version 2 compresses the body JSON with raw DEFLATE (RFC 1951) before it is encrypted, as
 * KeePass's KDBX does with GZip: a 10,000-entry body shrinks about 8×, so reading, hashing, decrypting,
 * encrypting and fsyncing the file all touch an eighth of the bytes. Level 1: the fastest, and within
 * a few per cent of the best ratio on this JSON (docs/benchmarks.md).
 */
const LEVEL = 1;

/**
 * The largest body a vault may inflate to. Only an authenticated body is inflated (GCM passed under
 * the vault key), so a "zip bomb" needs the key; the cap still bounds memory, far above 100,000
 * entries of ordinary size.
 */
export const BODY_MAX_BYTES = 512 * 2 ** 20;

export function compressBody(json: Uint8Array): Buffer {
  return deflateRawSync(json, { level: LEVEL });
}

/** Inflates a version-2 body; null when it is not complete, valid DEFLATE or inflates beyond BODY_MAX_BYTES. */
export function decompressBody(deflated: Uint8Array): Buffer | null {
  try {
    return inflateRawSync(deflated, { maxOutputLength: BODY_MAX_BYTES });
  } catch {
    return null;
  }
}
