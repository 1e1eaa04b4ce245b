import { createHash } from 'node:crypto';
import { headerToJson, type VaultHeader } from './header.ts';

/** "APPPASS" followed by a zero byte. */
export const MAGIC = Buffer.from('APPPASS\0', 'latin1');
/**
 * The version this AppPass writes. Version 2 = version 1 with the body JSON DEFLATE-compressed
 * before encryption; version 3 = version 2 with clocks, tombstones and devices in the body, so copies
 * merge (docs/vault-format.md).
 */
export const FORMAT_VERSION = 3;
/** Versions this AppPass reads. */
export const READABLE_VERSIONS: readonly number[] = [1, 2, 3];
/** magic, u16 version, u32 header length */
export const PREFIX_BYTES = MAGIC.length + 2 + 4;
export const DIGEST_BYTES = 32;
export const HEADER_MAX = 64 * 1024;

/** The bytes before the body: prefix and header JSON. The body is sealed with these as its AAD. */
export function headerBytes(header: VaultHeader, version = FORMAT_VERSION): Buffer {
  const json = Buffer.from(JSON.stringify(headerToJson(header)), 'utf8');
  const prefix = Buffer.alloc(PREFIX_BYTES);
  MAGIC.copy(prefix, 0);
  prefix.writeUInt16BE(version, MAGIC.length);
  prefix.writeUInt32BE(json.length, MAGIC.length + 2);
  return Buffer.concat([prefix, json]);
}

/** aad ‖ sealed body (in pieces, as `sealParts` gives it) ‖ SHA-256 of both, joined with one copy. */
export function assemble(aad: Buffer, sealedBody: readonly Buffer[]): Buffer {
  const parts = [aad, ...sealedBody];
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  parts.push(hash.digest());
  return Buffer.concat(parts);
}

/** The last 32 bytes of a vault file: its identity for external-change detection. */
export function digestOf(bytes: Buffer): Buffer {
  return Buffer.from(bytes.subarray(Math.max(0, bytes.length - DIGEST_BYTES)));
}
