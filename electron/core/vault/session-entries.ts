import { randomUUID } from 'node:crypto';
import { entryInputSchema, entryPatchSchema, entrySchema, type Entry, type EntryInput, type EntryPatch, type EntrySummary } from '../../contract/calls/vault.ts';
import { issuesText, usage, type SessionState } from './session-state.ts';
import { restoreFromTrash } from './session-trash.ts';
import { cloneEntry, isLive, summaryOf } from './entry-views.ts';

/**
 * The entries of a session: listing, search, adding, changing, restoring an entry given back, and
 * the lifecycle marks (copied, revealed, sign-in results). Entries leave the session as clones.
 */

export function listEntries(s: SessionState): EntrySummary[] {
  s.key();
  return s.body.entries.filter(isLive).map(summaryOf);
}

export function searchEntries(s: SessionState, query: string): EntrySummary[] {
  s.key();
  if (query.trim() === '') return listEntries(s);
  return s.index
    .match(query)
    .map((id) => s.byId.get(id) as Entry)
    .filter(isLive)
    .map(summaryOf);
}

/** Ids of live, not revoked entries holding the same app password, in groups of two or more. */
export function sharedSecretGroups(s: SessionState): string[][] {
  s.key();
  const bySecret = new Map<string, string[]>();
  for (const entry of s.body.entries) {
    if (entry.revoked !== null || !isLive(entry)) continue;
    const ids = bySecret.get(entry.secret);
    if (ids) ids.push(entry.id);
    else bySecret.set(entry.secret, [entry.id]);
  }
  return [...bySecret.values()].filter((ids) => ids.length > 1);
}

export function getEntry(s: SessionState, id: string): Entry {
  return cloneEntry(s.sync.shown(s.body, s.entry(id)));
}

export function addEntry(s: SessionState, input: EntryInput): Entry {
  s.key();
  const parsed = entryInputSchema.safeParse(input);
  if (!parsed.success) throw usage(`The entry is not valid: ${issuesText(parsed.error.issues, 'entry')}.`);
  const at = s.stamp();
  const entry: Entry = {
    id: randomUUID(),
    ...parsed.data,
    ...(parsed.data.server === undefined ? {} : { server: parsed.data.server }),
    created: at,
    updated: at,
    lastCopied: null,
    revoked: null,
  };
  if (entry.server === undefined) delete entry.server;
  s.body.entries.push(entry);
  s.byId.set(entry.id, entry);
  s.index.set(entry);
  s.log('created', entry.id);
  return cloneEntry(entry);
}

/** Fields whose change is a preference, not an edit of the entry: the "Changed" date and the activity log stay (finding 26). */
const PREFERENCE_FIELDS: ReadonlySet<string> = new Set(['favourite']);

export function updateEntry(s: SessionState, id: string, patch: EntryPatch): Entry {
  const entry = s.entry(id);
  const parsed = entryPatchSchema.safeParse(patch);
  if (!parsed.success) throw usage(`The change is not valid: ${issuesText(parsed.error.issues, 'patch')}.`);
  const { server, revoked, ...fields } = parsed.data;
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined) (entry as Record<string, unknown>)[name] = value;
  }
  if (server === null) delete entry.server;
  else if (server !== undefined) entry.server = server;
  if (revoked !== undefined) entry.revoked = revoked ? (entry.revoked ?? s.stamp()) : null;
  if (entry.revoked === null) delete entry.revokedReason;
  const preferenceOnly = Object.entries(parsed.data).every(([name, value]) => value === undefined || PREFERENCE_FIELDS.has(name));
  s.index.set(entry);
  if (preferenceOnly) {
    s.dirty = true;
    return cloneEntry(entry);
  }
  entry.updated = s.stamp();
  s.log('changed', id);
  return cloneEntry(entry);
}

export type LifecycleRecord = { signIn?: NonNullable<Entry['signIn']>; revoked?: { at: string; reason: NonNullable<Entry['revokedReason']> } };

/** What a sign-in test or a revocation found, without counting as an edit (the "Changed" date stays). */
export function recordLifecycle(s: SessionState, id: string, change: LifecycleRecord): Entry {
  const entry = s.entry(id);
  if (change.signIn !== undefined) entry.signIn = { ...change.signIn };
  if (change.revoked !== undefined) {
    entry.revoked = entry.revoked ?? change.revoked.at;
    entry.revokedReason = change.revoked.reason;
    s.log('changed', id);
  }
  s.dirty = true;
  return cloneEntry(entry);
}

/** Puts a removed entry back with its id and history; a trashed entry comes out of the trash. */
export function restoreEntry(s: SessionState, entry: Entry): Entry {
  s.key();
  const parsed = entrySchema.safeParse(entry);
  if (!parsed.success) throw usage('The entry to restore is not a valid AppPass entry.');
  const existing = s.byId.get(parsed.data.id);
  if (existing !== undefined && !isLive(existing)) return restoreFromTrash(s, existing.id);
  if (existing !== undefined) throw usage(`An entry with id ${parsed.data.id} already exists; nothing to restore.`);
  const restored = cloneEntry(parsed.data);
  s.body.entries.push(restored);
  s.byId.set(restored.id, restored);
  s.index.set(restored);
  s.log('restored', restored.id);
  return cloneEntry(restored);
}

export function markCopied(s: SessionState, id: string): Entry {
  const entry = s.entry(id);
  entry.lastCopied = s.stamp();
  s.log('copied', id);
  return cloneEntry(entry);
}

export function revealSecret(s: SessionState, id: string): string {
  const entry = s.entry(id);
  s.log('revealed', id);
  return entry.secret;
}
