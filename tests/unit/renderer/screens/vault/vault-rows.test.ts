import { describe, expect, it } from 'vitest';
import { buildRows, countEntries, matchesQuery, type ListEntry } from '../../../../../renderer/src/screens/vault/vault-rows.ts';

const e = (id: string, account: string, label: string, provider = 'gmail', tags: string[] = []): ListEntry => ({ id, account, label, provider, tags });

const entries = [
  e('1', 'b@x.com', 'Thunderbird'),
  e('2', 'a@x.com', 'iPhone Mail', 'icloud', ['phone']),
  e('3', 'B@x.com', 'Android'),
  e('4', 'a@x.com', 'Apple Mail', 'icloud'),
];

describe('vault rows', () => {
  it('groups by account (case-insensitive), accounts and labels A–Z', () => {
    const rows = buildRows(entries, '');
    expect(rows.map((r) => (r.kind === 'group' ? `# ${r.account} (${r.count})` : r.entry.label))).toEqual([
      '# a@x.com (2)',
      'Apple Mail',
      'iPhone Mail',
      '# B@x.com (2)',
      'Android',
      'Thunderbird',
    ]);
    expect(countEntries(rows)).toBe(4);
  });

  it('every word of the query must match account, label, provider, its name or a tag', () => {
    expect(matchesQuery(entries[1]!, 'IPHONE')).toBe(true);
    expect(matchesQuery(entries[1]!, 'phone a@x')).toBe(true);
    expect(matchesQuery(entries[1]!, 'phone b@x')).toBe(false);
    expect(matchesQuery(entries[1]!, 'apple', 'Apple iCloud Mail')).toBe(true);
    expect(matchesQuery(entries[1]!, 'apple')).toBe(false);
    expect(matchesQuery(entries[0]!, '   ')).toBe(true);
  });

  it('a query drops groups left empty', () => {
    const rows = buildRows(entries, 'thunder');
    expect(rows).toEqual([{ kind: 'group', account: 'b@x.com', count: 1 }, { kind: 'entry', entry: entries[0] }]);
    expect(buildRows(entries, 'nothing-like-this')).toEqual([]);
  });
});
