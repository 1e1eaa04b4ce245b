import { describe, expect, it } from 'vitest';
import { filterEntries, type TrayEntry } from '../../../../electron/core/tray/index.ts';

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
