import { describe, expect, it } from 'vitest';
import type { EntrySummary } from '../../../../electron/contract/calls/vault.ts';
import { AmbiguousQueryError, findEntry, findOneEntry } from '../../../../electron/core/agent/find-entry.ts';

function summary(id: string, account: string, label: string, revoked: string | null = null): EntrySummary {
  return { id, provider: 'gmail', account, label, revoked, created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z', lastCopied: null, notes: '', tags: [] } as unknown as EntrySummary;
}

const entries = [
  summary('id-1', 'me@gmail.com', 'Phone'),
  summary('id-2', 'me@gmail.com', 'Laptop'),
  summary('id-3', 'other@fastmail.com', 'mbsync'),
  summary('id-4', 'other@fastmail.com', 'old', '2026-02-01T00:00:00.000Z'),
  summary('id-5', 'x@y.org', 'a/b'),
];

describe('findEntry (apppass get QUERY)', () => {
  it('finds by id, by account, and by account/label, case-insensitively', () => {
    expect(findOneEntry(entries, 'id-2').id).toBe('id-2');
    expect(findOneEntry(entries, 'OTHER@fastmail.com').id).toBe('id-3');
    expect(findOneEntry(entries, 'me@gmail.com/laptop').id).toBe('id-2');
    expect(findOneEntry(entries, 'x@y.org/a/b').id).toBe('id-5');
  });

  it('skips revoked entries unless named by id', () => {
    expect(findOneEntry(entries, 'other@fastmail.com').id).toBe('id-3');
    expect(findOneEntry(entries, 'id-4').id).toBe('id-4');
    expect(() => findOneEntry(entries, 'other@fastmail.com/old')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('several matches are AMBIGUOUS with the candidates, never secrets', () => {
    const found = findEntry(entries, 'me@gmail.com');
    expect(found).toEqual({ kind: 'several', candidates: [expect.objectContaining({ id: 'id-1', label: 'Phone' }), expect.objectContaining({ id: 'id-2', label: 'Laptop' })] });
    try {
      findOneEntry(entries, 'me@gmail.com');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AmbiguousQueryError);
      expect((error as AmbiguousQueryError).code).toBe('AMBIGUOUS');
      expect(Object.keys((error as AmbiguousQueryError).candidates[0] ?? {}).sort()).toEqual(['account', 'id', 'label', 'provider']);
    }
  });

  it('nothing matching is NOT_FOUND', () => {
    expect(() => findOneEntry(entries, 'nobody@example.com')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
