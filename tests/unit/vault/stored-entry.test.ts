import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTRY_LIMITS, entrySchema } from '../../../electron/contract/calls/vault.ts';
import { storedEntrySchema } from '../../../electron/core/vault/model/stored-entry.ts';

/** A string whose length is at, just inside or just outside the limits. */
function sized(min: number, max: number): fc.Arbitrary<string> {
  return fc.constantFrom(0, 1, min, Math.max(0, max - 1), max, max + 1).map((n) => 'x'.repeat(n));
}

const time = fc.constantFrom(
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
    tags: fc.array(sized(1, ENTRY_LIMITS.tag), { maxLength: ENTRY_LIMITS.tags + 1 }),
    favorite: fc.oneof(fc.boolean(), fc.constant('yes')),
    server: fc.constantFrom({ imap: { host: 'imap.example.com', port: 993, security: 'ssl', username: 'me' } }, { imap: { host: '', port: 0, security: 'x', username: 'me' } }),
    extra: fc.constant('unknown key'),
  },
  { requiredKeys: ['favorite'] },
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
  favorite: false,
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
  return Object.fromEntries([...Object.keys(VALID), 'server', 'extra'].map((k) => [k, true]));
}

function agree(candidate: unknown): void {
  expect(storedEntrySchema.safeParse(candidate).success).toBe(entrySchema.safeParse(candidate).success);
}

describe('storedEntrySchema (the fast check a vault open runs on every entry)', () => {
  it('accepts exactly what the contract entrySchema accepts: one to three fields changed', () => {
    fc.assert(fc.property(mutated, agree), { numRuns: 3000 });
  });

  it('accepts exactly what the contract entrySchema accepts: every field random', () => {
    fc.assert(fc.property(entryLike, agree), { numRuns: 1000 });
  });

  it('accepts a well-formed entry and gives it back unchanged', () => {
    const entry = VALID;
    expect(storedEntrySchema.parse(entry)).toEqual(entry);
    expect(storedEntrySchema.safeParse({ ...entry, secret: '' }).success).toBe(false);
    expect(storedEntrySchema.safeParse({ ...entry, created: '2026-11-24' }).success).toBe(false);
  });
});
