import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTRY_LIMITS, entrySchema } from '../../../../electron/contract/calls/vault.ts';
import { isStoredEntry, storedEntriesSchema } from '../../../../electron/core/vault/model/stored-entry.ts';

/** Values of the wrong type. */
const junk = fc.constantFrom<unknown>(null, undefined, 0, 7, true, [], {}, ['x'], { length: 1 });

/** A string whose length is at, just inside or just outside the limits. */
function sized(min: number, max: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(0, 1, min, Math.max(0, max - 1), max, max + 1).map((n) => 'x'.repeat(n)) },
    { weight: 1, arbitrary: junk },
  );
}


const time = fc.constantFrom<unknown>(
  7,
  null,
  '2026-11-24T10:00:00.000Z',
  '2026-11-24T10:00:00Z',
  '2026-11-24T10:00:00.123456+05:30',
  '2026-13-01T10:00:00.000Z',
  '2026-11-24T24:00:00.000Z',
  '2026-11-24 10:00:00Z',
  '2026-11-24T10:00:00',
  'yesterday',
  '',
);

const entryLike = fc.record(
  {
    id: sized(1, ENTRY_LIMITS.id),
    provider: sized(1, ENTRY_LIMITS.provider),
    account: sized(1, ENTRY_LIMITS.account),
    label: sized(0, ENTRY_LIMITS.label),
    secret: sized(1, ENTRY_LIMITS.secret),
    created: time,
    updated: time,
    lastCopied: fc.option(time, { nil: null }),
    revoked: fc.option(time, { nil: null }),
    notes: sized(0, ENTRY_LIMITS.notes),
    tags: fc.oneof({ weight: 5, arbitrary: fc.array(sized(1, ENTRY_LIMITS.tag), { maxLength: ENTRY_LIMITS.tags + 1 }) }, { weight: 1, arbitrary: junk }),
    favourite: fc.oneof(fc.boolean(), junk),
    server: fc.constantFrom({ imap: { host: 'imap.example.com', port: 993, security: 'ssl', username: 'me' } }, { imap: { host: '', port: 0, security: 'x', username: 'me' } }),
    history: fc.constantFrom<unknown>(
      [{ stamp: 'mimq8x3k0-0000-3f9a8b2c1e4d', replacedAt: '2026-11-24T10:00:00.000Z', reason: 'edited', review: false, secret: 'old secret' }],
      [{ stamp: 'mimq8x3k0-0000-3f9a8b2c1e4d', replacedAt: '2026-11-24T10:00:00.000Z', reason: 'merge', review: true, field: 'label', value: 'Laptop' }],
      [{ stamp: 'not a stamp', replacedAt: '2026-11-24T10:00:00.000Z', reason: 'edited', review: false }],
      [{ stamp: 'mimq8x3k0-0000-3f9a8b2c1e4d', replacedAt: 'yesterday', reason: 'lost', review: 1 }],
      Array.from({ length: 33 }, () => ({ stamp: 'mimq8x3k0-0000-3f9a8b2c1e4d', replacedAt: '2026-11-24T10:00:00.000Z', reason: 'edited', review: false })),
      {},
    ),
    extra: fc.constant('unknown key'),
  },
  { requiredKeys: ['favourite'] },
);

const VALID = {
  id: 'a1',
  provider: 'gmail',
  account: 'me@example.com',
  label: 'Phone',
  secret: 'abcd efgh ijkl mnop',
  created: '2026-11-24T10:00:00.000Z',
  updated: '2026-11-24T10:00:00.000Z',
  lastCopied: null,
  revoked: null,
  notes: '',
  tags: ['work'],
  favourite: false,
};

/** A valid entry with one to three fields replaced by values at, inside or outside their limits. */
const mutated = fc
  .tuple(entryLike, fc.subarray(Object.keys(entryKeys()), { minLength: 1, maxLength: 3 }))
  .map(([random, keys]) => {
    const out: Record<string, unknown> = { ...VALID };
    for (const key of keys) {
      if (key in random) out[key] = (random as Record<string, unknown>)[key];
      else delete out[key];
    }
    return out;
  });

function entryKeys(): Record<string, true> {
  return Object.fromEntries([...Object.keys(VALID), 'server', 'history', 'extra'].map((k) => [k, true]));
}

function agree(candidate: unknown): void {
  expect(isStoredEntry(candidate)).toBe(entrySchema.safeParse(candidate).success);
}

describe('isStoredEntry (the fast check a vault open runs on every entry)', () => {
  it('accepts exactly what the contract entrySchema accepts: one to three fields changed', () => {
    fc.assert(fc.property(mutated, agree), { numRuns: 3000 });
  });

  it('accepts exactly what the contract entrySchema accepts: every field random', () => {
    fc.assert(fc.property(entryLike, agree), { numRuns: 1000 });
  });

  it('the entries schema gives valid entries back as they are, and refuses any bad one or too many', () => {
    const entries = [VALID, { ...VALID, id: 'a2', tags: [] }];
    const parsed = storedEntriesSchema(2).parse(entries);
    expect(parsed).toEqual(entries);
    expect(parsed[0]).toBe(VALID);
    expect(storedEntriesSchema(2).safeParse([...entries, { ...VALID, id: 'a3' }]).success).toBe(false);
    expect(storedEntriesSchema(9).safeParse([VALID, { ...VALID, secret: '' }]).success).toBe(false);
    expect(storedEntriesSchema(9).safeParse([VALID, { ...VALID, created: '2026-11-24' }]).success).toBe(false);
    expect(storedEntriesSchema(9).safeParse(JSON.parse('[{"__proto__": {}}]')).success).toBe(false);
    expect(storedEntriesSchema(9).safeParse({ 0: VALID, length: 1 }).success).toBe(false);
  });
});
