import type { Entry } from '../../contract/calls/vault.ts';

/** Lower-cased "account label provider" per entry id, for fast substring search. */
export class SearchIndex {
  private readonly haystacks = new Map<string, string>();

  set(entry: Entry): void {
    this.haystacks.set(entry.id, `${entry.account}\u0000${entry.label}\u0000${entry.provider}`.toLowerCase());
  }

  delete(id: string): void {
    this.haystacks.delete(id);
  }

  clear(): void {
    this.haystacks.clear();
  }

  /** Ids whose account, label or provider contains `query` (case-insensitive), in insertion order. */
  match(query: string): string[] {
    const needle = query.trim().toLowerCase();
    const ids: string[] = [];
    for (const [id, haystack] of this.haystacks) if (haystack.includes(needle)) ids.push(id);
    return ids;
  }
}
