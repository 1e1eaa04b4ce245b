import type { Entry, EntrySummary } from '../../contract/calls/vault.ts';
import { cloneEntry, isLive, summaryOf } from './entry-views.ts';
import { usage, type SessionState } from './session-state.ts';

/** The trash of a session: entries removed stay in the vault, hidden from lists, until it is emptied. */

/** Entries in the trash, without their secrets, most recently trashed first. */
export function trashedEntries(s: SessionState): EntrySummary[] {
  s.key();
  return s.body.entries
    .filter((e) => !isLive(e))
    .sort((a, b) => (b.trashedAt ?? '').localeCompare(a.trashedAt ?? ''))
    .map(summaryOf);
}

export function moveToTrash(s: SessionState, id: string): Entry {
  const entry = s.entry(id);
  if (!isLive(entry)) return cloneEntry(entry);
  entry.trashedAt = s.stamp();
  s.log('removed', id);
  return cloneEntry(entry);
}

export function restoreFromTrash(s: SessionState, id: string): Entry {
  const entry = s.entry(id);
  if (isLive(entry)) throw usage('That entry is not in the trash; nothing to restore.');
  delete entry.trashedAt;
  s.log('restored', id);
  return cloneEntry(entry);
}

/** Removes entries in the trash for good: the one given, or all of them. Returns how many. */
export function emptyTrash(s: SessionState, id?: string): number {
  s.key();
  const gone = s.body.entries.filter((e) => !isLive(e) && (id === undefined || e.id === id));
  if (id !== undefined && gone.length === 0) throw usage('That entry is not in the trash.');
  for (const entry of gone) {
    s.body.entries.splice(s.body.entries.indexOf(entry), 1);
    s.byId.delete(entry.id);
    s.index.delete(entry.id);
  }
  if (gone.length > 0) s.dirty = true;
  return gone.length;
}
