import { describe, expect, it } from 'vitest';
import { filterEntries, initialQuickSearch, quickSearchStep, type QuickSearchState, type TrayEntry } from '../../../electron/core/tray/index.ts';

const E = (id: string, title: string, account: string, over: Partial<TrayEntry> = {}): TrayEntry => ({
  id,
  title,
  account,
  favourite: false,
  lastUsedAt: null,
  ...over,
});
const entries = [
  E('g1', 'Thunderbird laptop', 'alice@gmail.com', { provider: 'Google', lastUsedAt: 5 }),
  E('g2', 'Phone mail', 'alice@gmail.com', { provider: 'Google', favourite: true }),
  E('i1', 'Calendar', 'bob@icloud.com', { provider: 'iCloud', lastUsedAt: 9 }),
  E('z1', 'Zoë’s Thunderbird', 'zoe@zoho.eu', { provider: 'Zoho' }),
];

describe('filterEntries', () => {
  it('every word must match title, account or provider, ignoring case and accents', () => {
    expect(filterEntries(entries, 'google').map((e) => e.id).sort()).toEqual(['g1', 'g2']);
    expect(filterEntries(entries, 'THUNDER alice').map((e) => e.id)).toEqual(['g1']);
    expect(filterEntries(entries, 'zoe').map((e) => e.id)).toEqual(['z1']);
    expect(filterEntries(entries, 'nothing-like-this')).toEqual([]);
  });

  it('ranks title prefix first, then favourites, then recent', () => {
    expect(filterEntries(entries, 'thunder').map((e) => e.id)).toEqual(['g1', 'z1']);
    expect(filterEntries(entries, '').map((e) => e.id)).toEqual(['g2', 'i1', 'g1', 'z1']);
  });
});

describe('quick-search keyboard model', () => {
  const start = (): QuickSearchState => initialQuickSearch(entries);

  it('typing filters and resets the selection to the top', () => {
    let s = quickSearchStep(start(), { type: 'key', key: 'ArrowDown' }, entries).state;
    expect(s.selected).toBe(1);
    s = quickSearchStep(s, { type: 'type', query: 'google' }, entries).state;
    expect(s.selected).toBe(0);
    expect(s.results.map((e) => e.id)).toEqual(['g2', 'g1']);
  });

  it('arrows move and wrap; Enter copies the selected entry and hides', () => {
    let s = quickSearchStep(start(), { type: 'type', query: 'google' }, entries).state;
    s = quickSearchStep(s, { type: 'key', key: 'ArrowDown' }, entries).state;
    const enter = quickSearchStep(s, { type: 'key', key: 'Enter' }, entries);
    expect(enter.effects).toEqual([{ type: 'copy', entryId: 'g1' }, { type: 'hide' }]);
    expect(enter.state.query).toBe('');
    s = quickSearchStep(start(), { type: 'key', key: 'ArrowUp' }, entries).state;
    expect(s.selected).toBe(entries.length - 1);
  });

  it('Esc hides and forgets the query; Enter with no results does nothing', () => {
    const s = quickSearchStep(start(), { type: 'type', query: 'zzz' }, entries).state;
    expect(quickSearchStep(s, { type: 'key', key: 'Enter' }, entries).effects).toEqual([]);
    const esc = quickSearchStep(s, { type: 'key', key: 'Escape' }, entries);
    expect(esc.effects).toEqual([{ type: 'hide' }]);
    expect(esc.state.query).toBe('');
  });

  it('keeps the selection in range when entries change (e.g. one was deleted)', () => {
    let s = quickSearchStep(start(), { type: 'key', key: 'End' }, entries).state;
    expect(s.selected).toBe(3);
    s = quickSearchStep(s, { type: 'entries-changed' }, entries.slice(0, 2)).state;
    expect(s.selected).toBe(1);
  });
});
