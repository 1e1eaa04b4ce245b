import { z } from 'zod';
import { CHECK_CATEGORIES } from './mail.ts';
import { AGENT_CALLER_MAX, ENTRY_LIMITS } from '../limits.ts';

/**
 * What the vault stores about each app password: the entry, its earlier values, its sign-in record,
 * and the activity log's events. The vault.* and entries.* calls (vault.ts) take and give these.
 */

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
