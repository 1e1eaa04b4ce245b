import { z } from 'zod';
import { ENTRY_LIMITS as LIMITS, HISTORY_MAX, ISO_TIME, REVOKED_REASONS, devicesSchema, entryServerSchema, historyItemSchema, signInRecordSchema, type Entry } from '../../../contract/calls/vault.ts';

const KEYS = new Set(['id', 'provider', 'account', 'label', 'secret', 'created', 'updated', 'lastCopied', 'revoked', 'notes', 'tags', 'favourite', 'server', 'trashedAt', 'signIn', 'devices', 'revokedReason', 'history']);

/** Rare (only entries with earlier values), so zod is cheap enough here. */
const historyItems = z.array(historyItemSchema).max(HISTORY_MAX);

function text(value: unknown, min: number, max: number): boolean {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

function time(value: unknown, nullable: boolean): boolean {
  return value === null ? nullable : typeof value === 'string' && ISO_TIME.test(value);
}

/**
 * True when `value` is exactly what the contract's `entrySchema` accepts: the same keys (no others),
 * types, length limits and time pattern. A plain function, because a vault open runs it on every
 * entry: zod's per-field checks cost about ten times as much, and in a fresh `apppass` process
 * (cold code) far more (docs/benchmarks.md). tests/unit/core/vault/stored-entry.test.ts holds it equal to
 * `entrySchema` with a property test.
 */
export function isStoredEntry(value: unknown): value is Entry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const e = value as Record<string, unknown>;
  for (const key in e) if (!KEYS.has(key)) return false;
  const tags = e['tags'];
  return (
    text(e['id'], 1, LIMITS.id) &&
    text(e['provider'], 1, LIMITS.provider) &&
    text(e['account'], 1, LIMITS.account) &&
    text(e['label'], 0, LIMITS.label) &&
    text(e['secret'], 1, LIMITS.secret) &&
    text(e['notes'], 0, LIMITS.notes) &&
    Array.isArray(tags) &&
    tags.length <= LIMITS.tags &&
    tags.every((tag) => text(tag, 1, LIMITS.tag)) &&
    typeof e['favourite'] === 'boolean' &&
    time(e['created'], false) &&
    time(e['updated'], false) &&
    time(e['lastCopied'], true) &&
    time(e['revoked'], true) &&
    (e['server'] === undefined || entryServerSchema.safeParse(e['server']).success) &&
    (e['trashedAt'] === undefined || time(e['trashedAt'], true)) &&
    (e['signIn'] === undefined || signInRecordSchema.safeParse(e['signIn']).success) &&
    (e['devices'] === undefined || devicesSchema.safeParse(e['devices']).success) &&
    (e['revokedReason'] === undefined || e['revokedReason'] === null || (REVOKED_REASONS as readonly unknown[]).includes(e['revokedReason'])) &&
    (e['history'] === undefined || historyItems.safeParse(e['history']).success)
  );
}

/** The entries of a vault body: at most `max`, each `isStoredEntry`. Returned as they are (no copy). */
export function storedEntriesSchema(max: number): z.ZodType<Entry[]> {
  return z.custom<Entry[]>((value) => Array.isArray(value) && value.length <= max && value.every(isStoredEntry), 'An entry is not valid.');
}
