import { z } from 'zod';
import { call } from '../define-call.ts';
import { fileGrantSchema } from './interop.ts';
import { ENTRY_LIMITS, MASTER_PASSWORD_MIN_LENGTH, SEARCH_QUERY_MAX } from '../limits.ts';
import { entryInputSchema, entryPatchSchema, entrySchema, type ActivityEvent, type EntrySummary } from './entry-model.ts';
import { settingsPatchSchema, type VaultSettings } from './settings-model.ts';

/** The entry and settings models live beside this file; importers of vault.ts get them from here too. */
export * from './entry-model.ts';
export * from './settings-model.ts';

/** Input limits for entries live in ../limits.ts (the renderer reads them as values too). */
export { ENTRY_LIMITS };

/** Longest vault file path accepted from the UI or a remembered-location file (Linux PATH_MAX). */
export const VAULT_PATH_MAX = 4096;

export const kdfParamsSchema = z.strictObject({
  memoryKiB: z.number().int(),
  iterations: z.number().int(),
  parallelism: z.number().int(),
});

export interface VaultInfo {
  path: string;
  formatVersion: number;
  vaultId: string;
  kdf: { algorithm: 'argon2id'; memoryKiB: number; iterations: number; parallelism: number };
  cipher: 'aes-256-gcm';
  /** Kinds of key wraps in the header, e.g. ['password', 'keychain']. */
  wraps: string[];
  hasBackup: boolean;
  /** When PATH.bak was written (ISO; the first save after each unlock makes it), or null without one. */
  backupSavedAt: string | null;
  /**
   * True when a KDF parameter is below AppPass's recommended minimum (a vault made by a script with
   * --kdf-* flags, L8): the app shows a warning and offers Re-calibrate.
   */
  kdfBelowRecommended: boolean;
  /**
   * The backup's (PATH.bak) KDF parameters when they differ from this file's, else null (L9): after
   * a Re-calibrate until the next save, or when someone changed the file's settings.
   */
  backupKdfDiffers: { memoryKiB: number; iterations: number; parallelism: number } | null;
}

export interface VaultStatus {
  exists: boolean;
  unlocked: boolean;
  path: string;
  /** Present when the file exists and its header is readable. */
  vaultId: string | null;
  /** True when the header holds a keychain wrap (quick unlock may be possible). */
  quickUnlockConfigured: boolean;
}

const password = z.string().min(1).max(1024);

/**
 * A new master password: at least MASTER_PASSWORD_MIN_LENGTH code points. The renderer asks for this
 * and a zxcvbn score of "Good" before it calls; the contract holds the length even for a caller that
 * skips the renderer's check. The `apppass` CLI's init and passwd apply the same length unless --allow-weak-password is given (L8).
 */
const newMasterPassword = password.refine((value) => [...value].length >= MASTER_PASSWORD_MIN_LENGTH, {
  message: `A new master password needs at least ${MASTER_PASSWORD_MIN_LENGTH} characters.`,
});

export const vaultCalls = {
  'vault.status': call<VaultStatus>()(z.undefined()),
  /** Makes a new vault and leaves it unlocked. Reports nothing secret back. */
  'vault.create': call<VaultStatus>()(z.strictObject({ password: newMasterPassword, kdf: kdfParamsSchema.optional() })),
  'vault.unlock': call<VaultStatus>()(z.strictObject({ password })),
  'vault.lock': call<VaultStatus>()(z.undefined()),
  'vault.info': call<VaultInfo>()(z.undefined()),
  'vault.changePassword': call<{ changed: true }>()(z.strictObject({ oldPassword: password, newPassword: newMasterPassword })),
  /** Measures this computer again and re-wraps the vault key with the result — never weaker than now. */
  'vault.recalibrate': call<VaultInfo>()(z.strictObject({ password })),
  'vault.restoreBackup': call<VaultStatus>()(z.undefined()),
  /**
   * Switches to another existing vault file, checked without a password first: NOT_FOUND,
   * VAULT_CORRUPT, UNSUPPORTED_VERSION, KDF_PARAMS_OUT_OF_RANGE, IO_ERROR leave everything as it was.
   * The file is the one the host's dialog returned (`grant` from shell.pickVaultFile); a typed `path`
   * is accepted only by a host that allows typed paths (the browser host, which has no dialog), and there only inside its start vault's folder; USAGE
   * elsewhere. Locks the current vault; the host remembers the choice for the next start.
   */
  'vault.openFile': call<VaultStatus>()(
    z
      .strictObject({ grant: fileGrantSchema.optional(), path: z.string().min(1).max(VAULT_PATH_MAX).optional() })
      .refine((i) => (i.grant === undefined) !== (i.path === undefined), { message: 'give exactly one of grant or path' }),
  ),
  'vault.activity': call<ActivityEvent[]>()(z.undefined()),
  'entries.list': call<EntrySummary[]>()(z.strictObject({ query: z.string().max(SEARCH_QUERY_MAX).optional() }).optional()),
  'entries.add': call<EntrySummary>()(entryInputSchema),
  'entries.update': call<EntrySummary>()(z.strictObject({ id: entrySchema.shape.id, patch: entryPatchSchema })),
  /** Moves the entry to the trash and returns it without its secret; the core keeps it for undo (entries.restore). */
  'entries.remove': call<EntrySummary>()(z.strictObject({ id: entrySchema.shape.id })),
  /** Undo of entries.remove: the removed entry, kept in the core, comes back by its id. */
  'entries.restore': call<EntrySummary>()(z.strictObject({ id: entrySchema.shape.id })),
  /** The secret of one entry; logged as 'revealed'. */
  'entries.reveal': call<{ id: string; secret: string }>()(z.strictObject({ id: entrySchema.shape.id })),
  /** Groups of entry ids that hold the same app password (used on several devices); never a secret. */
  'entries.sharedSecrets': call<string[][]>()(z.undefined()),
  'settings.get': call<VaultSettings>()(z.undefined()),
  'settings.update': call<VaultSettings>()(settingsPatchSchema),
};
