import type { Entry } from '../../contract/calls/vault.ts';

/**
 * Lower-cased "account label provider" per entry id, for fast substring search. Built from `source`
 * on the first search, not on open: a CLI `show` or a quick unlock never pays for it.
 */
export class SearchIndex {
  private haystacks: Map<string, string> | null = null;

  constructor(private readonly source: () => Iterable<Entry>) {}

  private static haystackOf(entry: Entry): string {
    return `${entry.account}\u0000${entry.label}\u0000${entry.provider}`.toLowerCase();
  }

  private built(): Map<string, string> {
    if (this.haystacks === null) {
      this.haystacks = new Map();
      for (const entry of this.source()) this.haystacks.set(entry.id, SearchIndex.haystackOf(entry));
    }
    return this.haystacks;
  }

  /** Records an added or changed entry (a no-op until the index is first built). */
  set(entry: Entry): void {
    this.haystacks?.set(entry.id, SearchIndex.haystackOf(entry));
  }

  delete(id: string): void {
    this.haystacks?.delete(id);
  }

  clear(): void {
    this.haystacks = null;
  }

  /** Ids whose account, label or provider contains `query` (case-insensitive), in insertion order. */
  match(query: string): string[] {
    const needle = query.trim().toLowerCase();
    const ids: string[] = [];
    for (const [id, haystack] of this.built()) if (haystack.includes(needle)) ids.push(id);
    return ids;
  }
}
