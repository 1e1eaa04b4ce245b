import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStoredEntry } from '../../../../electron/core/vault/model/stored-entry.ts';
import { completeStamps, isSyncMeta } from '../../../../electron/core/sync/sync-meta.ts';
import { mergeBodies, type SyncedBody } from '../../../../electron/core/sync/merge-body.ts';
import { formatHlc } from '../../../../electron/core/sync/hlc.ts';
import { bodySchema } from '../../../../electron/core/vault/model/body.ts';

const device = fc.constantFrom('aaaaaaaaaaaa', 'bbbbbbbbbbbb', '000000000000');
const hlc = fc.tuple(fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 0, max: 1000 }), device).map(([w, c, d]) => formatHlc(w, c, d));
const id = fc.constantFrom('e1', 'e2', 'e3');
const entry = (entryId: string, label: string) => ({ id: entryId, provider: 'custom', account: 'a@b.c', label, secret: 's', created: '2026-11-30T10:00:00.000Z', updated: '2026-11-30T10:00:00.000Z', lastCopied: null, revoked: null, notes: '', tags: [], favourite: false });
const group = fc.constantFrom('secret', 'label', 'notes', 'updated');
const sync = fc.record({
  known: fc.dictionary(device, hlc),
  devices: fc.constant([]),
  stamps: fc.dictionary(id, fc.record({ '': hlc, label: hlc }, { requiredKeys: [''] })),
  siblings: fc.dictionary(id, fc.dictionary(group, fc.array(fc.record({ stamp: hlc, values: fc.dictionary(fc.constantFrom('label', 'secret', 'account'), fc.string({ minLength: 1, maxLength: 5 })) }), { maxLength: 2 }))),
  tombstones: fc.dictionary(id, hlc),
  deleted: fc.constant([]),
  bodyStamps: fc.dictionary(fc.constantFrom('settings.theme', 'agent'), hlc),
  passwordStamp: fc.option(hlc, { nil: null }),
});

/** A body with entries e1–e3 (some may have no stamps: a faulty copy), stamps completed as on read. */
function bodyWith(meta: unknown, labels: string[]): SyncedBody {
  const entries = ['e1', 'e2', 'e3'].slice(0, labels.length).map((entryId, i) => entry(entryId, labels[i] ?? ''));
  completeStamps(meta as SyncedBody['sync'], entries);
  return { entries, settings: {} as SyncedBody['settings'], activity: [], meta: { masterPasswordLastUsedAt: '2026-11-30T10:00:00.000Z' }, sync: meta as SyncedBody['sync'] };
}

describe('the sync part of a body is untrusted input', () => {
  it('any JSON is either accepted as sync data or refused, never a crash; the body schema then says VAULT_CORRUPT', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const ok = isSyncMeta(value, isStoredEntry);
        expect(typeof ok).toBe('boolean');
        const parsed = bodySchema.safeParse({ entries: [], activity: [], meta: { masterPasswordLastUsedAt: '2026-11-30T10:00:00.000Z' }, sync: value });
        expect(parsed.success).toBe(ok);
      }),
      { numRuns: 300 },
    );
  });

  it('well-formed but arbitrary clocks, siblings and tombstones merge without throwing, and the merge is commutative', () => {
    fc.assert(
      fc.property(sync, sync, fc.array(fc.string({ maxLength: 4 }), { minLength: 1, maxLength: 3 }), (x, y, labels) => {
        expect(isSyncMeta(x, isStoredEntry)).toBe(true);
        const a = bodyWith(x, labels);
        const b = bodyWith(y, [...labels].reverse());
        const ab = mergeBodies(structuredClone(a), structuredClone(b));
        const ba = mergeBodies(structuredClone(b), structuredClone(a));
        const ids = (body: SyncedBody) => [...body.entries, ...body.sync.deleted].map((e) => e.id).sort();
        expect(ids(ab)).toEqual(ids(ba));
      }),
      { numRuns: 300 },
    );
  });
});
