import { createHash } from 'node:crypto';
import { KDF_FLOOR } from '../../electron/core/kdf/index.ts';
import { tempVaultPath, type TempVaultPath } from './temp-vault.ts';

/** Floor KDF parameters: the cheapest a vault may use, so tests stay fast. */
export const FAST_KDF = KDF_FLOOR;

/** A fresh temporary folder; returns the vault path inside it and a cleanup function (tests/support/temp-vault.ts). */
export function tempVault(): TempVaultPath {
  return tempVaultPath();
}

/** A fixed clock that advances one second per call. */
export function steppingClock(start = '2026-01-02T03:04:05.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += 1000;
    return d;
  };
}

/** The vault file with its trailing SHA-256 (file digest) recomputed, as a deliberate editor would. */
export function withDigest(bytes: Buffer): Buffer {
  const body = bytes.subarray(0, bytes.length - 32);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

/** Rewrites the header JSON (and the length and checksum) as an attacker with a hex editor would. */
export function rewriteHeader(bytes: Buffer, edit: (header: Record<string, unknown>) => void): Buffer {
  const len = bytes.readUInt32BE(10);
  const header = JSON.parse(bytes.subarray(14, 14 + len).toString('utf8')) as Record<string, unknown>;
  edit(header);
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.from(bytes.subarray(0, 14));
  prefix.writeUInt32BE(json.length, 10);
  return withDigest(Buffer.concat([prefix, json, bytes.subarray(14 + len)]));
}
