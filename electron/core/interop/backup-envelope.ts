import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { activityEventSchema, entrySchema, settingsSchema, type ActivityEvent, type Entry, type VaultSettings } from '../../contract/calls/vault.ts';
import { argon2idJsonSchema, base64Text, deriveKey, KDF_LIMITS, SALT_BYTES, type KdfParams } from '../kdf/index.ts';
import { importInvalid, importTooLarge, importWrongPassword } from './import-errors.ts';

/** What an AppPass backup holds (encrypted). */
export interface BackupContent {
  exportedAt: string;
  vaultId: string;
  entries: Entry[];
  settings: VaultSettings;
  activity: ActivityEvent[];
}

export const BACKUP_FORMAT = 'apppass-backup' as const;
export const BACKUP_VERSION = 1;

const b64 = base64Text;

/** The outer JSON of a backup file (see docs/interop.md, "Encrypted JSON backup"). */
const envelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  kdf: argon2idJsonSchema,
  cipher: z.literal('aes-256-gcm'),
  nonce: b64,
  ciphertext: b64,
});
type Envelope = z.output<typeof envelopeSchema>;

const contentSchema = z.strictObject({
  exportedAt: z.iso.datetime({ offset: true }),
  vaultId: z.string().max(64),
  entries: z.array(entrySchema).max(100_000),
  settings: settingsSchema,
  activity: z.array(activityEventSchema).max(100_000),
});

/** The associated data: every envelope field except the ciphertext, in a fixed order. */
function aadOf(e: Omit<Envelope, 'ciphertext'>): Buffer {
  const { format, version, kdf, cipher, nonce } = e;
  return Buffer.from(JSON.stringify({ format, version, kdf: { algorithm: kdf.algorithm, memoryKiB: kdf.memoryKiB, iterations: kdf.iterations, parallelism: kdf.parallelism, salt: kdf.salt }, cipher, nonce }), 'utf8');
}

/** Encrypts the content under `password` (Argon2id with `kdf`, AES-256-GCM; the envelope's fields are authenticated). */
export async function sealBackup(content: BackupContent, password: string, kdf: KdfParams): Promise<Buffer> {
  const salt = randomBytes(SALT_BYTES);
  const nonce = randomBytes(12);
  const key = await deriveKey(password, salt, kdf);
  const head = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    kdf: { algorithm: 'argon2id' as const, memoryKiB: kdf.memoryKiB, iterations: kdf.iterations, parallelism: kdf.parallelism, salt: salt.toString('base64') },
    cipher: 'aes-256-gcm' as const,
    nonce: nonce.toString('base64'),
  };
  const plaintext = Buffer.from(JSON.stringify(content), 'utf8');
  try {
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    cipher.setAAD(aadOf(head));
    const sealed = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
    return Buffer.from(`${JSON.stringify({ ...head, ciphertext: sealed.toString('base64') })}\n`, 'utf8');
  } finally {
    key.fill(0);
    plaintext.fill(0);
  }
}

/** Decrypts and validates a backup. IMPORT_INVALID, IMPORT_TOO_LARGE (KDF ceilings) or IMPORT_WRONG_PASSWORD. */
export async function openBackup(bytes: Uint8Array, password: string): Promise<BackupContent> {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw importInvalid('it is not an AppPass backup (not JSON)');
  }
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) throw importInvalid('it is not an AppPass backup (unexpected fields)');
  const envelope = parsed.data;
  if (envelope.version !== BACKUP_VERSION) throw importInvalid(`backup version ${envelope.version} is not supported (this AppPass reads ${BACKUP_VERSION})`);
  for (const name of ['memoryKiB', 'iterations', 'parallelism'] as const) {
    const value = envelope.kdf[name];
    if (value > KDF_LIMITS[name].max) throw importTooLarge(`the backup asks for key-derivation ${name} ${value}`, KDF_LIMITS[name].max);
    if (value < KDF_LIMITS[name].min) throw importInvalid(`its key-derivation ${name} is below AppPass's floor (the file may have been tampered with)`);
  }
  const salt = Buffer.from(envelope.kdf.salt, 'base64');
  const nonce = Buffer.from(envelope.nonce, 'base64');
  const sealed = Buffer.from(envelope.ciphertext, 'base64');
  if (salt.length < 8 || nonce.length !== 12 || sealed.length < 16) throw importInvalid('the backup is damaged');
  const key = await deriveKey(password, salt, envelope.kdf);
  let plaintext: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(aadOf(envelope));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    plaintext = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
  } catch {
    throw importWrongPassword();
  } finally {
    key.fill(0);
  }
  try {
    let content: unknown;
    try {
      content = JSON.parse(plaintext.toString('utf8'));
    } catch {
      content = undefined;
    }
    const checked = contentSchema.safeParse(content);
    if (!checked.success) throw importInvalid('the backup decrypted but its contents are not valid AppPass data');
    return checked.data;
  } finally {
    plaintext.fill(0);
  }
}
