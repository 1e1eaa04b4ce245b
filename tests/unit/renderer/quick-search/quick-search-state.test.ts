import { describe, expect, it } from 'vitest';
import type { QuickSearchHit } from '../../../../electron/contract/index.ts';
import {
  INITIAL_QUICK_SEARCH,
  isQuickSearchKey,
  quickSearchStep,
  type QuickSearchEvent,
  type QuickSearchState,
} from '../../../../renderer/src/quick-search/quick-search-state.ts';

// The keyboard model the quick-search popup (renderer/src/quick-search/QuickSearch.tsx) runs.
const hit = (id: string): QuickSearchHit => ({ id, title: `Title ${id}`, account: `${id}@example.com`, provider: 'gmail', favourite: false });
const HITS = ['a', 'b', 'c', 'd'].map(hit);

function run(events: QuickSearchEvent[], from: QuickSearchState = INITIAL_QUICK_SEARCH) {
  let state = from;
  const effects = [];
  for (const event of events) {
    const step = quickSearchStep(state, event);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}
const key = (k: 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'Enter' | 'Escape'): QuickSearchEvent => ({ type: 'key', key: k });
const withHits = run([{ type: 'results', hits: HITS }]).state;

describe('quick-search keyboard model', () => {
  it('arrows move and wrap at both ends', () => {
    expect(run([key('ArrowDown'), key('ArrowDown')], withHits).state.selected).toBe(2);
    expect(run([key('End'), key('ArrowDown')], withHits).state.selected).toBe(0);
    expect(run([key('ArrowUp')], withHits).state.selected).toBe(3);
  });

  it('Home and End jump to the first and the last hit', () => {
    expect(run([key('End')], withHits).state.selected).toBe(3);
    expect(run([key('End'), key('Home')], withHits).state.selected).toBe(0);
  });

  it('Enter copies the chosen hit; the popup hides only after the copy worked (the component does that)', () => {
    expect(run([key('ArrowDown'), key('Enter')], withHits).effects).toEqual([{ type: 'copy', entryId: 'b' }]);
    expect(run([{ type: 'point', index: 3 }, key('Enter')], withHits).effects).toEqual([{ type: 'copy', entryId: 'd' }]);
  });

  it('typing sends the selection back to the top; new hits keep it in range', () => {
    const typed = run([key('End'), { type: 'type', query: 'gm' }], withHits).state;
    expect(typed).toMatchObject({ query: 'gm', selected: 0 });
    const shrunk = run([key('End'), { type: 'results', hits: HITS.slice(0, 2) }], withHits).state;
    expect(shrunk.selected).toBe(1);
  });

  it('Esc hides and forgets the query; with no hits, keys do nothing and Enter copies nothing', () => {
    const esc = run([{ type: 'type', query: 'zzz' }, key('Escape')], withHits);
    expect(esc.effects).toEqual([{ type: 'hide' }]);
    expect(esc.state.query).toBe('');
    const empty = run([key('ArrowDown'), key('ArrowUp'), key('End'), key('Enter')]);
    expect(empty).toEqual({ state: INITIAL_QUICK_SEARCH, effects: [] });
    expect(run([{ type: 'point', index: 7 }], withHits).state.selected).toBe(0);
  });

  it('Shift+Enter copies the chosen entry\'s account, never its password; with no hits it copies nothing', () => {
    const chosen = run([key('ArrowDown'), { type: 'copyAccount' }], withHits);
    expect(chosen.effects).toEqual([{ type: 'copy-account', account: HITS[1]?.account }]);
    expect(run([{ type: 'copyAccount' }]).effects).toEqual([]);
  });

  it('takes exactly the keys it handles from the field (others type text)', () => {
    for (const k of ['ArrowDown', 'ArrowUp', 'Home', 'End', 'Enter', 'Escape']) expect(isQuickSearchKey(k), k).toBe(true);
    for (const k of ['a', 'Tab', 'ArrowLeft', 'Backspace']) expect(isQuickSearchKey(k), k).toBe(false);
  });
});
