import type { QuickSearchHit } from '../../../electron/contract/index.ts';

/** The popup's state: the query, the core's hits for it (never a secret), and the chosen row. */
export interface QuickSearchState {
  query: string;
  hits: QuickSearchHit[];
  /** Index into hits; 0 when there are none. */
  selected: number;
}

export const QUICK_SEARCH_KEYS = ['ArrowDown', 'ArrowUp', 'Home', 'End', 'Enter', 'Escape'] as const;
export type QuickSearchKey = (typeof QUICK_SEARCH_KEYS)[number];

export type QuickSearchEvent =
  | { type: 'type'; query: string }
  /** The core answered the current query (or the list changed under it). */
  | { type: 'results'; hits: QuickSearchHit[] }
  | { type: 'key'; key: QuickSearchKey }
  /** Shift+Enter: copy the chosen entry's account (user name), not its password. */
  | { type: 'copyAccount' }
  /** The pointer chose a row. */
  | { type: 'point'; index: number };

export type QuickSearchEffect = { type: 'copy'; entryId: string } | { type: 'copy-account'; account: string } | { type: 'hide' };

export const INITIAL_QUICK_SEARCH: QuickSearchState = { query: '', hits: [], selected: 0 };

export function isQuickSearchKey(key: string): key is QuickSearchKey {
  return (QUICK_SEARCH_KEYS as readonly string[]).includes(key);
}

/**
 * The popup's keyboard model: typing filters (selection back to the top), ↑/↓ move the selection
 * and wrap, Home/End jump to the first/last hit, Enter copies the chosen entry (the popup hides once
 * the copy worked), Shift+Enter copies its account instead, Esc hides it and forgets the query.
 * New hits keep the selection in range.
 */
export function quickSearchStep(state: QuickSearchState, event: QuickSearchEvent): { state: QuickSearchState; effects: QuickSearchEffect[] } {
  const n = state.hits.length;
  const select = (selected: number) => ({ state: { ...state, selected }, effects: [] });
  switch (event.type) {
    case 'type':
      return { state: { ...state, query: event.query, selected: 0 }, effects: [] };
    case 'results':
      return { state: { ...state, hits: event.hits, selected: Math.min(state.selected, Math.max(0, event.hits.length - 1)) }, effects: [] };
    case 'copyAccount': {
      const chosen = state.hits[state.selected];
      return { state, effects: chosen ? [{ type: 'copy-account', account: chosen.account }] : [] };
    }
    case 'point':
      return event.index >= 0 && event.index < n ? select(event.index) : { state, effects: [] };
    case 'key':
      switch (event.key) {
        case 'ArrowDown':
          return select(n === 0 ? 0 : (state.selected + 1) % n);
        case 'ArrowUp':
          return select(n === 0 ? 0 : (state.selected - 1 + n) % n);
        case 'Home':
          return select(0);
        case 'End':
          return select(Math.max(0, n - 1));
        case 'Escape':
          return { state: { ...INITIAL_QUICK_SEARCH, hits: state.hits }, effects: [{ type: 'hide' }] };
        case 'Enter': {
          const chosen = state.hits[state.selected];
          return { state, effects: chosen ? [{ type: 'copy', entryId: chosen.id }] : [] };
        }
      }
  }
}
