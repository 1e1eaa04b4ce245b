import type { TrayEntry } from './tray-entry.ts';

export const QUICK_SEARCH_LIMIT = 20;

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Quick-search filtering: every whitespace-separated word of the query must occur in the title,
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

export interface QuickSearchState {
  query: string;
  results: TrayEntry[];
  /** Index into results; 0 when there are none. */
  selected: number;
}

export type QuickSearchEvent =
  | { type: 'type'; query: string }
  | { type: 'key'; key: 'ArrowDown' | 'ArrowUp' | 'Enter' | 'Escape' | 'Home' | 'End' }
  | { type: 'entries-changed' };

export type QuickSearchEffect = { type: 'copy'; entryId: string } | { type: 'hide' } | { type: 'none' };

export function initialQuickSearch(entries: readonly TrayEntry[]): QuickSearchState {
  return { query: '', results: filterEntries(entries, ''), selected: 0 };
}

/**
 * The popup's keyboard model: typing filters (selection back to the top), arrows move the
 * selection (wrapping), Enter copies the selected entry and hides the popup, Esc hides it and
 * forgets the query.
 */
export function quickSearchStep(
  state: QuickSearchState,
  event: QuickSearchEvent,
  entries: readonly TrayEntry[],
): { state: QuickSearchState; effects: QuickSearchEffect[] } {
  switch (event.type) {
    case 'type':
      return { state: { query: event.query, results: filterEntries(entries, event.query), selected: 0 }, effects: [] };
    case 'entries-changed': {
      const results = filterEntries(entries, state.query);
      return { state: { ...state, results, selected: Math.min(state.selected, Math.max(0, results.length - 1)) }, effects: [] };
    }
    case 'key': {
      const n = state.results.length;
      switch (event.key) {
        case 'ArrowDown':
          return { state: { ...state, selected: n === 0 ? 0 : (state.selected + 1) % n }, effects: [] };
        case 'ArrowUp':
          return { state: { ...state, selected: n === 0 ? 0 : (state.selected - 1 + n) % n }, effects: [] };
        case 'Home':
          return { state: { ...state, selected: 0 }, effects: [] };
        case 'End':
          return { state: { ...state, selected: Math.max(0, n - 1) }, effects: [] };
        case 'Escape':
          return { state: initialQuickSearch(entries), effects: [{ type: 'hide' }] };
        case 'Enter': {
          const chosen = state.results[state.selected];
          if (!chosen) return { state, effects: [] };
          return { state: initialQuickSearch(entries), effects: [{ type: 'copy', entryId: chosen.id }, { type: 'hide' }] };
        }
      }
    }
  }
}
