import { z } from 'zod';
import { call } from '../define-call.ts';
import { fileGrantSchema } from './interop.ts';
import { CHECK_CATEGORIES } from './mail.ts';
import { AGENT_CALLER_MAX, ENTRY_LIMITS } from '../limits.ts';
import { AUTO_LOCK_MINUTES, CLIPBOARD_CLEAR_SECONDS, DEFAULT_GLOBAL_SHORTCUT, GLOBAL_SHORTCUT_MAX, MASTER_PASSWORD_MIN_LENGTH, QUICK_UNLOCK_DAYS, SEARCH_QUERY_MAX, THEMES } from '../limits.ts';

/** Input limits for entries live in ../limits.ts (the renderer reads them as values too). */
export { ENTRY_LIMITS };

/** Longest vault file path accepted from the UI or a remembered-location file (Linux PATH_MAX). */
export const VAULT_PATH_MAX = 4096;

/** Size of the activity log; older events are dropped. */
export const ACTIVITY_LOG_MAX = 1000;

const serverSettingsSchema = z.strictObject({
  host: z.string().min(1).max(ENTRY_LIMITS.host),
  port: z.number().int().min(1).max(65535),
  security: z.enum(['ssl', 'starttls', 'none']),
  username: z.string().max(ENTRY_LIMITS.username),
});
export type ServerSettings = z.output<typeof serverSettingsSchema>;

export const entryServerSchema = z.strictObject({
  imap: serverSettingsSchema.optional(),
  smtp: serverSettingsSchema.optional(),
  pop3: serverSettingsSchema.optional(),
});
export type EntryServer = z.output<typeof entryServerSchema>;

/**
 * An ISO 8601 date-time with seconds and a zone (Z or ±hh:mm), as `Date#toISOString` writes it.
 * A plain anchored pattern: zod's `z.iso.datetime` checks the same shapes (and leap days) but costs
 * three times as much, and a vault open validates three of these per entry (docs/benchmarks.md).
 */
export const ISO_TIME = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
export const isoTime = z.string().regex(ISO_TIME, 'Expected an ISO 8601 date-time such as 2026-11-24T19:30:00.000Z.');

/** Devices and mail clients one app password is used on (besides the label), at most this many. */
export const devicesSchema = z.array(z.string().min(1).max(ENTRY_LIMITS.device)).max(ENTRY_LIMITS.devices);

/** What the last sign-in tests of an entry found (the lifecycle of its app password). */
export const signInRecordSchema = z.strictObject({
  /** The last test in which every server the app password works for signed in. */
  lastOk: isoTime.nullable(),
  /** The last test that reached a server and was refused, with its category. */
  lastFailure: z.strictObject({ at: isoTime, category: z.enum(CHECK_CATEGORIES) }).nullable(),
  /** The last test of any outcome (scheduled checks sign in at most once a day per entry). */
  lastCheckedAt: isoTime.nullable(),
});
export type SignInRecord = z.output<typeof signInRecordSchema>;

/** Why an entry is marked revoked: `password-change` = the account password changed (re-issue it). */
export const REVOKED_REASONS = ['password-change'] as const;

/**
 * A hybrid-logical-clock stamp (vault format 3): `<wall ms, 9 base-36>-<counter, 4 base-36>-<device
 * id, 12 hex>`. Sorts like the clocks; electron/core/sync/hlc.ts makes and reads them.
 */
export const HLC_PATTERN = /^[0-9a-z]{9}-[0-9a-z]{4}-[0-9a-f]{12}$/;

/** Earlier values an entry keeps, newest first (like KeePassXC's history items). */
export const HISTORY_MAX = 32;
export const HISTORY_REASONS = ['edited', 'merge'] as const;

/**
 * One earlier value of an entry. Either the secret unit (`secret`, with `account` and `server` when
 * they were different), or one other field that lost a merge (`field` and its `value`).
 */
export const historyItemSchema = z.strictObject({
  /** The clock stamp of the value that was replaced: the same item on every computer. */
  stamp: z.string().regex(HLC_PATTERN),
  /** When it was replaced. */
  replacedAt: isoTime,
  /** 'edited': changed here; 'merge': lost a merge against an edit made elsewhere at the same time. */
  reason: z.enum(HISTORY_REASONS),
  /** True for a merge loser nobody has looked at yet (Hygiene lists these). */
  review: z.boolean(),
  secret: z.string().min(1).max(ENTRY_LIMITS.secret).optional(),
  account: z.string().min(1).max(ENTRY_LIMITS.account).optional(),
  server: entryServerSchema.optional(),
  field: z.string().min(1).max(64).optional(),
  value: z.json().optional(),
});
export type HistoryItem = z.output<typeof historyItemSchema>;

/** What merging copies of the vault did (`apppass merge`/`sync`, a save over a changed file, the app's sync). */
export interface MergeReport {
  /** File names of the copies merged (empty for a save that merged the file it replaced). */
  copies: string[];
  added: string[];
  changed: string[];
  deleted: string[];
  /** Entries with a value that lost to an edit made elsewhere at the same time: kept for review. */
  conflicts: string[];
  /** The master password had been changed elsewhere; the vault is now under that newer one. */
  passwordChanged: boolean;
}

/** A computer that has written this vault (vault format 3). */
export interface VaultDevice {
  id: string;
  name: string;
  /** When it last wrote the vault (ISO). */
  lastWrite: string;
  thisDevice: boolean;
}

/** One stored app password. Several entries per account and per app are allowed. */
export const entrySchema = z.strictObject({
  id: z.string().min(1).max(ENTRY_LIMITS.id),
  /** Provider catalog id, or 'custom'. */
  provider: z.string().min(1).max(ENTRY_LIMITS.provider),
  /** The e-mail address the app password belongs to. */
  account: z.string().min(1).max(ENTRY_LIMITS.account),
  /** The app or device, e.g. "iPhone Mail". */
  label: z.string().max(ENTRY_LIMITS.label),
  secret: z.string().min(1).max(ENTRY_LIMITS.secret),
  created: isoTime,
  updated: isoTime,
  lastCopied: isoTime.nullable(),
  /** When the user marked it revoked at the provider, or null. */
  revoked: isoTime.nullable(),
  notes: z.string().max(ENTRY_LIMITS.notes),
  tags: z.array(z.string().min(1).max(ENTRY_LIMITS.tag)).max(ENTRY_LIMITS.tags),
  favourite: z.boolean(),
  server: entryServerSchema.optional(),
  /** When the entry was moved to the trash (lists hide it; restore or empty the trash), or absent/null. */
  trashedAt: isoTime.nullable().optional(),
  signIn: signInRecordSchema.optional(),
  devices: devicesSchema.optional(),
  revokedReason: z.enum(REVOKED_REASONS).nullable().optional(),
  /** Earlier values, newest first (absent while there are none). */
  history: z.array(historyItemSchema).max(HISTORY_MAX).optional(),
});
export type Entry = z.output<typeof entrySchema>;

/** An entry without its secret (lists, search results). */
export type EntrySummary = Omit<Entry, 'secret' | 'history'>;

export const entryInputSchema = z.strictObject({
  provider: entrySchema.shape.provider.default('custom'),
  account: entrySchema.shape.account,
  label: entrySchema.shape.label.default(''),
  secret: entrySchema.shape.secret,
  notes: entrySchema.shape.notes.default(''),
  tags: entrySchema.shape.tags.default([]),
  favourite: z.boolean().default(false),
  server: entryServerSchema.optional(),
  devices: devicesSchema.optional(),
});
export type EntryInput = z.input<typeof entryInputSchema>;

export const entryPatchSchema = z.strictObject({
  provider: entrySchema.shape.provider.optional(),
  account: entrySchema.shape.account.optional(),
  label: entrySchema.shape.label.optional(),
  secret: entrySchema.shape.secret.optional(),
  notes: entrySchema.shape.notes.optional(),
  tags: entrySchema.shape.tags.optional(),
  favourite: z.boolean().optional(),
  /** null removes the server settings. */
  server: entryServerSchema.nullable().optional(),
  /** Set (true: now) or clear the revoked mark. */
  revoked: z.boolean().optional(),
  devices: devicesSchema.optional(),
});
export type EntryPatch = z.input<typeof entryPatchSchema>;

export const ACTIVITY_ACTIONS = ['created', 'copied', 'revealed', 'changed', 'removed', 'restored', 'served'] as const;
export const activityEventSchema = z.strictObject({
  at: isoTime,
  action: z.enum(ACTIVITY_ACTIONS),
  entryId: z.string().min(1).max(ENTRY_LIMITS.id),
  /** 'served' only: the program the agent gave the entry's field to (electron/core/agent/caller.ts). */
  caller: z.string().min(1).max(AGENT_CALLER_MAX).optional(),
  /** 'served' only: how many answers in a row this event stands for (`at` is the last); absent = one. */
  count: z.number().int().min(2).max(1_000_000_000).optional(),
});
/** One activity-log event: never holds a secret, only the entry id. */
export type ActivityEvent = z.output<typeof activityEventSchema>;

/** Vault settings; every field has a default so older vaults gain new settings on open. Limits: ../limits.ts. */
export const settingsSchema = z.object({
  /** Idle minutes before locking; null = never. */
  autoLockMinutes: z.literal(AUTO_LOCK_MINUTES.choices).nullable().default(AUTO_LOCK_MINUTES.default),
  /** Lock when the system suspends. */
  lockOnSleep: z.boolean().default(true),
  /** Lock when the OS screen locks. */
  lockOnScreenLock: z.boolean().default(true),
  /** Lock when the main window is minimised. */
  lockOnMinimize: z.boolean().default(false),
  /** Lock when the main window is closed (to the tray). */
  lockOnClose: z.boolean().default(false),
  /** Seconds until a copied secret is cleared from the clipboard; null = never. */
  clipboardClearSeconds: z.number().int().min(CLIPBOARD_CLEAR_SECONDS.min).max(CLIPBOARD_CLEAR_SECONDS.max).nullable().default(CLIPBOARD_CLEAR_SECONDS.default),
  /** Days the OS-keychain quick unlock works before the master password is asked again. */
  quickUnlockMaxDays: z.number().int().min(QUICK_UNLOCK_DAYS.min).max(QUICK_UNLOCK_DAYS.max).default(QUICK_UNLOCK_DAYS.default),
  closeToTray: z.boolean().default(true),
  startMinimized: z.boolean().default(false),
  globalShortcut: z.string().max(GLOBAL_SHORTCUT_MAX).nullable().default(DEFAULT_GLOBAL_SHORTCUT),
  theme: z.enum(THEMES).default('system'),
  /** Sign in with each entry's app password at most once a day to find revoked ones (off by default). */
  scheduledChecks: z.boolean().default(false),
});
export type VaultSettings = z.output<typeof settingsSchema>;

/**
 * The pre-unlock settings: the vault settings a host needs before (and between) unlocks, while the
 * vault's own settings are encrypted (auto-lock, clipboard clearing, close to tray, start minimised,
 * the global shortcut). None is secret; hosts keep the last ones they saw (core/host-kit).
 */
export const PRE_UNLOCK_SETTING_KEYS = [
  'autoLockMinutes',
  'lockOnSleep',
  'lockOnScreenLock',
  'lockOnMinimize',
  'lockOnClose',
  'clipboardClearSeconds',
  'closeToTray',
  'startMinimized',
  'globalShortcut',
] as const satisfies readonly (keyof VaultSettings)[];
export type PreUnlockSettings = Pick<VaultSettings, (typeof PRE_UNLOCK_SETTING_KEYS)[number]>;

/** The pre-unlock settings out of the vault's settings. */
export function preUnlockSettingsOf(settings: VaultSettings): PreUnlockSettings {
  return Object.fromEntries(PRE_UNLOCK_SETTING_KEYS.map((key) => [key, settings[key]])) as PreUnlockSettings;
}
type OptionalWithoutDefault<S> = { [K in keyof S]: S[K] extends z.ZodDefault<infer T> ? z.ZodOptional<T> : z.ZodOptional<S[K] & z.ZodType> };

/**
 * The settings' fields, optional and WITHOUT their defaults. (`settingsSchema.partial()` would keep
 * the defaults, and zod 4 fills them in for absent keys, so a one-key update would reset every
 * other setting.)
 */
function optionalWithoutDefaults<S extends Record<string, z.ZodType>>(shape: S): OptionalWithoutDefault<S> {
  const out: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(shape)) {
    out[key] = (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field).optional();
  }
  return out as OptionalWithoutDefault<S>;
}

/** A change to some settings: only the keys given are changed. */
export const settingsPatchSchema = z.strictObject(optionalWithoutDefaults(settingsSchema.shape));

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
