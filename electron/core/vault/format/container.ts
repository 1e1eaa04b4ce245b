import { createHash } from 'node:crypto';
import { AppError } from '../../errors/index.ts';
import type { VaultHeader } from './header.ts';
import { headerFromJson } from './header-schema.ts';
import { DIGEST_BYTES, FORMAT_VERSION, HEADER_MAX, MAGIC, PREFIX_BYTES, READABLE_VERSIONS } from './layout.ts';

export { assemble, digestOf, FORMAT_VERSION, headerBytes, MAGIC, READABLE_VERSIONS } from './layout.ts';

const TAG_BYTES = 16;

/** A vault file split into its parts. `aad` is every byte before the body (authenticated by the body's GCM). */
export interface Container {
  /** Format version of the file (one of READABLE_VERSIONS). */
  version: number;
  header: VaultHeader;
  aad: Buffer;
  body: Buffer;
  /** SHA-256 of the file (its last 32 bytes); identifies this version of the file. */
  digest: Buffer;
}

function corrupt(what: string): AppError {
  return new AppError('VAULT_CORRUPT', `The vault file is damaged or not an AppPass vault (${what}).`, {
    details: { reason: what },
  });
}

/**
 * Checks everything that needs no key — magic, version, whole-file SHA-256, header schema — so a
 * damaged or foreign file is reported as VAULT_CORRUPT (or UNSUPPORTED_VERSION) before the KDF runs.
 */
export function parseContainer(bytes: Buffer): Container {
  if (bytes.length < PREFIX_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw corrupt('no AppPass signature');
  const version = bytes.readUInt16BE(MAGIC.length);
  if (!READABLE_VERSIONS.includes(version)) {
    throw new AppError(
      'UNSUPPORTED_VERSION',
      `The vault file has format version ${version}; this AppPass reads versions ${READABLE_VERSIONS.join(' and ')}. Use a newer AppPass, or restore the backup if the file is damaged.`,
      { details: { version, supported: FORMAT_VERSION } },
    );
  }
  const headerLength = bytes.readUInt32BE(MAGIC.length + 2);
  if (headerLength > HEADER_MAX || bytes.length < PREFIX_BYTES + headerLength + TAG_BYTES + DIGEST_BYTES) throw corrupt('file too short');
  const digest = bytes.subarray(bytes.length - DIGEST_BYTES);
  const actual = createHash('sha256').update(bytes.subarray(0, bytes.length - DIGEST_BYTES)).digest();
  if (!actual.equals(digest)) throw corrupt('checksum mismatch');
  const aadEnd = PREFIX_BYTES + headerLength;
  let json: unknown;
  try {
    json = JSON.parse(bytes.subarray(PREFIX_BYTES, aadEnd).toString('utf8'));
  } catch {
    throw corrupt('unreadable header');
  }
  const header = headerFromJson(json);
  if (header === null) throw corrupt('invalid header');
  return {
    version,
    header,
    aad: bytes.subarray(0, aadEnd),
    body: bytes.subarray(aadEnd, bytes.length - DIGEST_BYTES),
    digest: Buffer.from(digest),
  };
}
