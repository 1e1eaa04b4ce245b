import type { Entry, EntrySummary } from '../../contract/calls/vault.ts';

/** How a stored entry leaves the session: without its secret, or as a clone. */

/**
 * The entry without its secret. Spelled out field by field: `{ secret, ...rest }` costs about 20×
 * as much (a runtime call per object), and a broad search builds 10,000 of these.
 */
export function summaryOf(e: Entry): EntrySummary {
  const summary: EntrySummary = {
    id: e.id,
    provider: e.provider,
    account: e.account,
    label: e.label,
    created: e.created,
    updated: e.updated,
    lastCopied: e.lastCopied,
    revoked: e.revoked,
    notes: e.notes,
    tags: e.tags,
    favourite: e.favourite,
  };
  if (e.server !== undefined) summary.server = e.server;
  if (e.trashedAt != null) summary.trashedAt = e.trashedAt;
  if (e.signIn !== undefined) summary.signIn = e.signIn;
  if (e.devices !== undefined) summary.devices = e.devices;
  if (e.revokedReason != null) summary.revokedReason = e.revokedReason;
  return summary;
}

/** Not in the trash. */
export function isLive(entry: Entry): boolean {
  return entry.trashedAt == null;
}

/** A deep copy of an entry, so callers never hold the session's own object. */
export function cloneEntry(entry: Entry): Entry {
  return structuredClone(entry);
}
