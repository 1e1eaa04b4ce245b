import { z } from 'zod';
import { argon2idJsonSchema, base64Text } from '../../kdf/index.ts';
import type { VaultHeader } from './header.ts';
import { KEY_WRAPS_MAX } from '../wrap-kinds.ts';

const b64 = base64Text.max(4096);

/** The header as JSON in the file (binary fields in base64). Authenticated as the body's associated data. */
export const headerJsonSchema = z.strictObject({
  vaultId: z.string().regex(/^[0-9a-f-]{36}$/),
  created: z.iso.datetime({ offset: true }),
  cipher: z.literal('aes-256-gcm'),
  kdf: argon2idJsonSchema,
  wraps: z
    .array(z.strictObject({ kind: z.string().min(1).max(64), nonce: b64, wrapped: b64 }))
    .min(1)
    .max(KEY_WRAPS_MAX),
  bodyNonce: b64,
});

/** Parses header JSON; returns null when it does not fit the schema. */
export function headerFromJson(value: unknown): VaultHeader | null {
  const parsed = headerJsonSchema.safeParse(value);
  if (!parsed.success) return null;
  const h = parsed.data;
  return {
    vaultId: h.vaultId,
    created: h.created,
    cipher: h.cipher,
    kdf: {
      algorithm: 'argon2id',
      memoryKiB: h.kdf.memoryKiB,
      iterations: h.kdf.iterations,
      parallelism: h.kdf.parallelism,
      salt: Buffer.from(h.kdf.salt, 'base64'),
    },
    wraps: h.wraps.map((w) => ({ kind: w.kind, nonce: Buffer.from(w.nonce, 'base64'), wrapped: Buffer.from(w.wrapped, 'base64') })),
    bodyNonce: Buffer.from(h.bodyNonce, 'base64'),
  };
}
