/** What the list needs of an entry (never its secret). */
export interface ListEntry {
  id: string;
  provider: string;
  account: string;
  label: string;
  tags?: readonly string[];
}

export type VaultRow<E extends ListEntry> = { kind: 'group'; account: string; count: number } | { kind: 'entry'; entry: E };

/** Case-insensitive match of every word of `query` against account, label, provider (and its name) and tags. */
export function matchesQuery(entry: ListEntry, query: string, providerName?: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = [entry.account, entry.label, entry.provider, providerName ?? '', ...(entry.tags ?? [])].join('\u0000').toLowerCase();
  return words.every((w) => hay.includes(w));
}

/** Filters, groups by account (accounts A–Z, then labels A–Z) and flattens into list rows. */
export function buildRows<E extends ListEntry>(entries: readonly E[], query: string, providerName: (id: string) => string | undefined = () => undefined): VaultRow<E>[] {
  const groups = new Map<string, E[]>();
  for (const entry of entries) {
    if (!matchesQuery(entry, query, providerName(entry.provider))) continue;
    const key = entry.account.toLowerCase();
    const list = groups.get(key);
    if (list) list.push(entry);
    else groups.set(key, [entry]);
  }
  const rows: VaultRow<E>[] = [];
  const keys = [...groups.keys()].sort((a, b) => a.localeCompare(b));
  for (const key of keys) {
    const list = groups.get(key) ?? [];
    list.sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
    rows.push({ kind: 'group', account: list[0]?.account ?? key, count: list.length });
    for (const entry of list) rows.push({ kind: 'entry', entry });
  }
  return rows;
}

export function countEntries(rows: readonly VaultRow<ListEntry>[]): number {
  return rows.reduce((n, r) => n + (r.kind === 'entry' ? 1 : 0), 0);
}
