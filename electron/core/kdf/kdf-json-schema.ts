import { z } from 'zod';

/** Standard base64, as binary fields are written in AppPass's JSON (vault header, backup envelope). */
export const base64Text = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

/**
 * Argon2id parameters and salt as a file stores them (salt in base64). The shape only: the floors
 * and ceilings are `checkKdfParams`', applied before any key is derived.
 */
export const argon2idJsonSchema = z.strictObject({
  algorithm: z.literal('argon2id'),
  memoryKiB: z.number().int(),
  iterations: z.number().int(),
  parallelism: z.number().int(),
  salt: base64Text.max(4096),
});
