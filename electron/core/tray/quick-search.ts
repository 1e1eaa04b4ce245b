import type { TrayEntry } from './tray-entry.ts';

export const QUICK_SEARCH_LIMIT = 20;

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Quick-search filtering for shell.quickSearch (the popup's keys are renderer/src/quick-search/
 * quick-search-state.ts): every whitespace-separated word of the query must occur in the title,
 * account or provider (case- and accent-insensitive). Ranking: title starts with the query,
 * then favourites, then most recently used, then title. An empty query lists favourites and
 * recent entries first.
 */
export function filterEntries(entries: readonly TrayEntry[], query: string, limit = QUICK_SEARCH_LIMIT): TrayEntry[] {
  const words = fold(query).split(/\s+/).filter((w) => w.length > 0);
  const whole = words.join(' ');
  const scored = entries
    .map((entry) => {
      const hay = fold(`${entry.title} ${entry.account} ${entry.provider ?? ''}`);
      if (!words.every((w) => hay.includes(w))) return null;
      const prefix = whole.length > 0 && fold(entry.title).startsWith(whole) ? 1 : 0;
      return { entry, prefix };
    })
    .filter((x): x is { entry: TrayEntry; prefix: number } => x !== null);
  scored.sort(
    (a, b) =>
      b.prefix - a.prefix ||
      Number(b.entry.favourite) - Number(a.entry.favourite) ||
      (b.entry.lastUsedAt ?? -1) - (a.entry.lastUsedAt ?? -1) ||
      a.entry.title.localeCompare(b.entry.title),
  );
  return scored.slice(0, Math.max(0, limit)).map((s) => s.entry);
}
