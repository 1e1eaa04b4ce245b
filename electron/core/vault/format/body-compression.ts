import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * Format versions 2 and 3 compress the body JSON with raw DEFLATE (RFC 1951) before it is encrypted, as
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

/**
 * zlib's sync calls fill 16 KiB output chunks one call at a time and join them at the end; a chunk
 * the size of the expected output makes it one call and no join (inflate 8 ms → 3 ms at 10,000
 * entries). Untouched parts of a too-large chunk are never faulted in.
 */
function chunkFor(expectedBytes: number): number {
  return Math.ceil(Math.min(Math.max(expectedBytes, 64 * 1024), 64 * 2 ** 20));
}

export function compressBody(json: Uint8Array): Buffer {
  return deflateRawSync(json, { level: LEVEL, chunkSize: chunkFor(json.length / 4) });
}

/** Inflates a version-2 body; null when it is not complete, valid DEFLATE or inflates beyond BODY_MAX_BYTES. */
export function decompressBody(deflated: Uint8Array): Buffer | null {
  try {
    return inflateRawSync(deflated, { maxOutputLength: BODY_MAX_BYTES, chunkSize: chunkFor(deflated.length * 10) });
  } catch {
    return null;
  }
}
