import { describe, expect, it } from 'vitest';
import { formatHlc, HlcClock, hlcDevice, hlcIso, hlcWallMs, isHlc, legacyHlc } from '../../../../electron/core/sync/hlc.ts';
import { collectTombstones, TOMBSTONE_MIN_DAYS } from '../../../../electron/core/sync/tombstones.ts';
import { emptySyncMeta, type SyncMeta } from '../../../../electron/core/sync/sync-meta.ts';
import type { Entry } from '../../../../electron/contract/calls/vault.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2026-06-01T00:00:00.000Z');

describe('hybrid logical clocks', () => {
  it('stamps sort like the clock and carry their device', () => {
    const a = formatHlc(T0, 0, 'aaaaaaaaaaaa');
    const b = formatHlc(T0, 1, '000000000000');
    const c = formatHlc(T0 + 1, 0, '000000000000');
    expect([c, a, b].sort()).toEqual([a, b, c]);
    expect([isHlc(a), hlcDevice(a), hlcWallMs(c), hlcIso(a)]).toEqual([true, 'aaaaaaaaaaaa', T0 + 1, '2026-06-01T00:00:00.000Z']);
    expect(isHlc('mimq8x3k0-0000-3F9A8B2C1E4D')).toBe(false);
    expect(legacyHlc('2026-06-01T00:00:00.000Z')).toBe(formatHlc(T0, 0, '000000000000'));
  });

  it('a clock behind another computer still stamps after everything it has merged', () => {
    const fast = new HlcClock('aaaaaaaaaaaa');
    const slow = new HlcClock('bbbbbbbbbbbb');
    const seen = fast.tick(T0 + 3_600_000); // an hour ahead
    slow.observe(seen);
    const after = slow.tick(T0);
    expect(after > seen).toBe(true);
    expect(slow.tick(T0) > after).toBe(true); // same wall time: the counter moves
    expect(hlcWallMs(after)).toBe(T0 + 3_600_000);
  });
});

function metaWithTombstone(deletedAt: number, devices: Array<{ id: string; seenBy: number | null }>): SyncMeta {
  const meta = emptySyncMeta();
  const stamp = formatHlc(deletedAt, 0, 'aaaaaaaaaaaa');
  meta.tombstones['gone'] = stamp;
  meta.stamps['gone'] = { '': formatHlc(deletedAt - DAY, 0, 'aaaaaaaaaaaa') };
  meta.deleted.push({ id: 'gone' } as Entry);
  meta.devices = devices.map((d) => ({ id: d.id, name: d.id, lastWrite: formatHlc(deletedAt + DAY, 0, d.id), seen: (d.seenBy === null ? {} : { aaaaaaaaaaaa: formatHlc(d.seenBy, 0, 'aaaaaaaaaaaa') }) as Record<string, string> }));
  return meta;
}

describe('tombstones', () => {
  it(`are kept at least ${TOMBSTONE_MIN_DAYS} days, and until every known device has merged past them`, () => {
    const everyone = [
      { id: 'aaaaaaaaaaaa', seenBy: T0 },
      { id: 'bbbbbbbbbbbb', seenBy: T0 + DAY },
    ];
    const young = metaWithTombstone(T0, everyone);
    expect(collectTombstones(young, T0 + (TOMBSTONE_MIN_DAYS - 1) * DAY)).toEqual([]);
    const lagging = metaWithTombstone(T0, [everyone[0]!, { id: 'cccccccccccc', seenBy: T0 - DAY }]);
    expect(collectTombstones(lagging, T0 + 400 * DAY)).toEqual([]);
    const neverMerged = metaWithTombstone(T0, [everyone[0]!, { id: 'cccccccccccc', seenBy: null }]);
    expect(collectTombstones(neverMerged, T0 + 400 * DAY)).toEqual([]);
    const done = metaWithTombstone(T0, everyone);
    expect(collectTombstones(done, T0 + TOMBSTONE_MIN_DAYS * DAY)).toEqual(['gone']);
    expect([done.tombstones, done.deleted, done.stamps]).toEqual([{}, [], {}]);
  });
});
