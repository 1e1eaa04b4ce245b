import { HISTORY_MAX, type Entry, type HistoryItem } from '../../contract/calls/vault.ts';
import { SECRET_GROUP, canonicalJson } from './field-groups.ts';
import { hlcIso, type Hlc } from './hlc.ts';

/** The same earlier value on every computer: its register and the stamp it had. */
function identity(item: HistoryItem): string {
  return `${item.field ?? SECRET_GROUP}\u0000${item.stamp}`;
}

function newestFirst(a: HistoryItem, b: HistoryItem): number {
  if (a.replacedAt !== b.replacedAt) return a.replacedAt < b.replacedAt ? 1 : -1;
  const ia = identity(a);
  const ib = identity(b);
  return ia < ib ? 1 : ia > ib ? -1 : 0;
}

/**
 * Joins histories: one item per identity (the earliest `replacedAt`; `review` stays only while no
 * computer has marked it reviewed), newest first, capped at HISTORY_MAX. A join of sets, so the
 * order of merges never matters.
 */
export function mergeHistory(...lists: ReadonlyArray<readonly HistoryItem[] | undefined>): HistoryItem[] {
  const byId = new Map<string, HistoryItem>();
  for (const list of lists) {
    for (const item of list ?? []) {
      const key = identity(item);
      const seen = byId.get(key);
      if (seen === undefined) {
        byId.set(key, item);
      } else if (canonicalJson(seen) !== canonicalJson(item)) {
        // Two computers recorded the same earlier value (e.g. both edited it): one content, chosen
        // the same way everywhere; the earliest time; reviewed once anyone reviewed it.
        const content = canonicalJson({ ...seen, replacedAt: '', review: false }) >= canonicalJson({ ...item, replacedAt: '', review: false }) ? seen : item;
        byId.set(key, { ...content, replacedAt: seen.replacedAt < item.replacedAt ? seen.replacedAt : item.replacedAt, review: seen.review && item.review });
      }
    }
  }
  return [...byId.values()].sort(newestFirst).slice(0, HISTORY_MAX);
}

/** Sets `entry.history` to `items` (and leaves the key out while there are none). */
export function setHistory(entry: Entry, items: HistoryItem[]): void {
  if (items.length === 0) delete entry.history;
  else entry.history = items;
}

/** An earlier value of register `group` (stamped `stamp`) as a history item. */
export function historyItemOf(group: string, stamp: Hlc, values: Record<string, unknown>, replacedAt: string, reason: HistoryItem['reason'], review: boolean): HistoryItem {
  const item: HistoryItem = { stamp, replacedAt, reason, review };
  if (group === SECRET_GROUP) {
    if (typeof values['secret'] === 'string') item.secret = values['secret'];
    if (typeof values['account'] === 'string') item.account = values['account'];
    if (values['server'] !== undefined) item.server = values['server'] as NonNullable<HistoryItem['server']>;
  } else {
    item.field = group;
    if (values[group] !== undefined) item.value = values[group] as HistoryItem['value'];
  }
  return item;
}

/** When a value that lost to `winner` was replaced, for people. */
export function replacedAtOf(winner: Hlc): string {
  return hlcIso(winner);
}

/** How many earlier values of `entry` wait for review. */
export function reviewCount(entry: Entry): number {
  let n = 0;
  for (const item of entry.history ?? []) if (item.review) n++;
  return n;
}
