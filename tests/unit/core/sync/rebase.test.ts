import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../../electron/contract/calls/vault.ts';
import { LocalChanges } from '../../../../electron/core/sync/local-changes.ts';
import { mergeBodies, type SyncedBody } from '../../../../electron/core/sync/merge-body.ts';
import { completeStamps, emptySyncMeta } from '../../../../electron/core/sync/sync-meta.ts';

const HERE = { id: 'aaaaaaaaaaaa', name: 'here' };
const THERE = { id: 'bbbbbbbbbbbb', name: 'there' };
const T = Date.parse('2026-11-30T10:00:00.000Z');
const entry = (id: string): Entry => ({ id, provider: 'custom', account: `${id}@example.com`, label: id, secret: `secret ${id}`, created: '2026-11-30T09:00:00.000Z', updated: '2026-11-30T09:00:00.000Z', lastCopied: null, revoked: null, notes: '', tags: [], favourite: false });

function vault(): SyncedBody {
  const entries = [entry('x'), entry('y'), entry('z')];
  return { entries, settings: { theme: 'system' } as unknown as SyncedBody['settings'], activity: [], meta: { masterPasswordLastUsedAt: '2026-11-30T09:00:00.000Z' }, sync: completeStamps(emptySyncMeta(), entries) };
}

describe('a save that merges while the user keeps editing', () => {
  it('carries over edits, additions, removals and settings made after the stamp into the merged vault, to be stamped next', () => {
    const body = vault();
    const here = new LocalChanges(body, 'pw');
    here.stamp(HERE, T, new Date(T).toISOString(), 'pw');
    const there = structuredClone(body);
    const thereChanges = new LocalChanges(there, 'pw');
    thereChanges.willChange(there.entries[1] as Entry);
    (there.entries[1] as Entry).notes = 'from there';
    thereChanges.stamp(THERE, T + 1000, new Date(T + 1000).toISOString(), 'pw');

    // The merge is computed, then (before it is taken) the user edits, adds, removes and sets:
    const merged = mergeBodies(body, structuredClone(there));
    const x = body.entries[0] as Entry;
    here.willChange(x);
    x.label = 'edited while saving';
    const y = body.entries[1] as Entry;
    here.willChange(y);
    y.label = 'y edited too';
    body.entries.push(entry('new'));
    body.entries.splice(2, 1); // z
    (body.settings as unknown as Record<string, unknown>)['theme'] = 'dark';

    here.rebase(merged, 'pw');
    expect(merged.entries.map((e) => [e.id, e.label, e.notes])).toEqual([
      ['x', 'edited while saving', ''],
      ['y', 'y edited too', 'from there'],
      ['new', 'new', ''],
    ]);
    expect((merged.settings as unknown as Record<string, unknown>)['theme']).toBe('dark');
    here.stamp(HERE, T + 2000, new Date(T + 2000).toISOString(), 'pw');
    expect(merged.sync.stamps['x']?.['label']).toBeDefined();
    expect(merged.sync.stamps['y']?.['label']).toBeDefined();
    expect(merged.sync.stamps['new']).toBeDefined();
    expect(merged.sync.tombstones['z']).toBeDefined();
    expect(merged.sync.bodyStamps['settings.theme']).toBeDefined();
  });
});
