import type { Entry, HistoryItem } from '../../contract/calls/vault.ts';
import { historyItemOf, mergeHistory, replacedAtOf, reviewCount, setHistory } from './history.ts';
import type { SyncMeta } from './sync-meta.ts';

/** Concurrent values of `id` that lost, as history items marked for review (they are not stored as such: see merge-entry.ts). */
export function pendingReview(sync: SyncMeta, entry: Entry): HistoryItem[] {
  const groups = sync.siblings[entry.id];
  if (groups === undefined) return [];
  const stamps = sync.stamps[entry.id] ?? {};
  const items: HistoryItem[] = [];
  for (const [group, siblings] of Object.entries(groups)) {
    const winner = stamps[group] ?? stamps[''] ?? siblings[0]?.stamp ?? '';
    for (const s of siblings) items.push(historyItemOf(group, s.stamp, s.values, replacedAtOf(winner), 'merge', true));
  }
  return items;
}

/** The entry as people see it: its history with the values still waiting for review. */
export function withPendingReview(sync: SyncMeta, entry: Entry): Entry {
  const pending = pendingReview(sync, entry);
  if (pending.length === 0) return entry;
  const shown = { ...entry };
  setHistory(shown, mergeHistory(pending, entry.history));
  return shown;
}

/** How many values of `entry` wait for review (history items and unresolved siblings). */
export function reviewCountOf(sync: SyncMeta, entry: Entry): number {
  let n = reviewCount(entry);
  for (const siblings of Object.values(sync.siblings[entry.id] ?? {})) n += siblings.length;
  return n;
}

/**
 * Marks every earlier value of `entry` reviewed: unresolved siblings become history items (not for
 * review). Dropping them from the registers needs no new stamp: this copy has seen them, so a merge
 * with a copy that still holds them leaves them out (merge-entry.ts). Returns how many were marked.
 */
export function markReviewed(sync: SyncMeta, entry: Entry, at: string): number {
  const pending = pendingReview(sync, entry).map((item) => ({ ...item, replacedAt: at, review: false }));
  const count = reviewCountOf(sync, entry);
  delete sync.siblings[entry.id];
  const reviewed = (entry.history ?? []).map((item) => (item.review ? { ...item, review: false } : item));
  setHistory(entry, mergeHistory(pending, reviewed));
  return count;
}
