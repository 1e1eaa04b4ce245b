import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import { AppError } from '../../errors/index.ts';

/**
 * A verifier for minisign's detached signatures (https://jedisct1.github.io/minisign/), so that
 * Debian's `minisign -S` signs catalogs and AppPass checks them in-process with node:crypto.
 *
 * Public key (second line of the .pub file): base64 of "Ed" ‖ key id (8 bytes) ‖ Ed25519 key (32).
 * Signature file (FILE.minisig), four lines:
 *   untrusted comment: …
 *   base64 of algorithm ("ED": signs BLAKE2b-512 of the file, minisign's default; "Ed": the file itself, legacy) ‖ key id (8) ‖ signature (64)
 *   trusted comment: …
 *   base64 of the global signature (64): Ed25519 over signature ‖ trusted comment text, with the same key.
 * Everything is checked the way minisign -V checks it: key id, file signature, then global signature.
 */

export interface MinisignPublicKey {
  keyId: Buffer;
  key: KeyObject;
}

function refused(message: string): AppError {
  return new AppError('CATALOG_SIGNATURE_INVALID', message);
}

function strictBase64(text: string, bytes: number, what: string): Buffer {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) throw refused(`The ${what} is not base64.`);
  const decoded = Buffer.from(trimmed, 'base64');
  if (decoded.length !== bytes || decoded.toString('base64') !== trimmed) throw refused(`The ${what} is not a minisign ${what} (wrong length).`);
  return decoded;
}

/** Parses a minisign public key: the .pub file's second line (a whole .pub file is accepted too). */
export function parseMinisignPublicKey(text: string): MinisignPublicKey {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const line = lines.find((l) => !l.startsWith('untrusted comment:'));
  if (line === undefined) throw refused('The catalog key is empty.');
  const raw = strictBase64(line, 42, 'public key');
  if (raw.subarray(0, 2).toString('latin1') !== 'Ed') throw refused('The catalog key is not an Ed25519 minisign key.');
  const x = raw.subarray(10, 42).toString('base64url');
  return { keyId: Buffer.from(raw.subarray(2, 10)), key: createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' }) };
}

/** The key id as minisign prints it (upper-case hex, most significant byte first). */
export function keyIdHex(keyId: Buffer): string {
  return Buffer.from(keyId).reverse().toString('hex').toUpperCase();
}

export interface VerifiedSignature {
  trustedComment: string;
  prehashed: boolean;
}

/**
 * Verifies `payload` against the text of its .minisig file and a trusted key. Returns the trusted
 * comment; throws CATALOG_SIGNATURE_INVALID for a malformed file, another key, or a bad signature.
 */
export function verifyMinisign(payload: Uint8Array, signatureFile: string, publicKey: MinisignPublicKey): VerifiedSignature {
  if (signatureFile.length > 4096) throw refused('The signature file is too large to be a minisign signature.');
  const lines = signatureFile.split('\n').map((l) => l.replace(/\r$/, ''));
  if (lines.length < 4 || !lines[0]?.startsWith('untrusted comment:') || !lines[2]?.startsWith('trusted comment: ')) {
    throw refused('The signature file is not in minisign format (four lines: comment, signature, trusted comment, global signature).');
  }
  const sig = strictBase64(lines[1] ?? '', 74, 'signature');
  const algorithm = sig.subarray(0, 2).toString('latin1');
  if (algorithm !== 'ED' && algorithm !== 'Ed') throw refused('The signature uses an algorithm minisign does not define.');
  const keyId = sig.subarray(2, 10);
  if (!keyId.equals(publicKey.keyId)) {
    throw refused(`The catalog was signed with another key (${keyIdHex(keyId)}), not the trusted one (${keyIdHex(publicKey.keyId)}).`);
  }
  const signature = sig.subarray(10, 74);
  const prehashed = algorithm === 'ED';
  const message = prehashed ? createHash('blake2b512').update(payload).digest() : payload;
  if (!verify(null, message, publicKey.key, signature)) throw refused('The catalog does not match its signature: it was changed after signing, or the signature belongs to another file.');
  const trustedComment = (lines[2] ?? '').slice('trusted comment: '.length);
  const globalSignature = strictBase64(lines[3] ?? '', 64, 'global signature');
  if (!verify(null, Buffer.concat([signature, Buffer.from(trustedComment, 'utf8')]), publicKey.key, globalSignature)) {
    throw refused('The trusted comment of the signature was changed after signing.');
  }
  return { trustedComment, prehashed };
}
