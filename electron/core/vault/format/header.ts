import type { KeyWrap } from '../crypto/key-wrap.ts';
import type { KdfParams } from '../../kdf/index.ts';

/** The header in memory. */
export interface VaultHeader {
  vaultId: string;
  created: string;
  cipher: 'aes-256-gcm';
  kdf: KdfParams & { algorithm: 'argon2id'; salt: Buffer };
  wraps: KeyWrap[];
  bodyNonce: Buffer;
}

/** The header as it is written (binary fields in base64); headerJsonSchema in header-schema.ts reads it back. */
export interface HeaderJson {
  vaultId: string;
  created: string;
  cipher: 'aes-256-gcm';
  kdf: { algorithm: 'argon2id'; memoryKiB: number; iterations: number; parallelism: number; salt: string };
  wraps: Array<{ kind: string; nonce: string; wrapped: string }>;
  bodyNonce: string;
}

export function headerToJson(header: VaultHeader): HeaderJson {
  return {
    vaultId: header.vaultId,
    created: header.created,
    cipher: header.cipher,
    kdf: {
      algorithm: 'argon2id',
      memoryKiB: header.kdf.memoryKiB,
      iterations: header.kdf.iterations,
      parallelism: header.kdf.parallelism,
      salt: header.kdf.salt.toString('base64'),
    },
    wraps: header.wraps.map((w) => ({ kind: w.kind, nonce: w.nonce.toString('base64'), wrapped: w.wrapped.toString('base64') })),
    bodyNonce: header.bodyNonce.toString('base64'),
  };
}

