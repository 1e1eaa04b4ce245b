import { covers } from './merge-entry.ts';
import { hlcWallMs, type Hlc } from './hlc.ts';
import type { SyncMeta } from './sync-meta.ts';

/** A tombstone is kept at least this long, and until every known device has merged past it. */
export const TOMBSTONE_MIN_DAYS = 180;
const DAY_MS = 86_400_000;

/**
 * Forgets tombstones (and the deleted entries' data kept with them) that are at least
 * TOMBSTONE_MIN_DAYS old and that every device in the device table had merged when it last wrote.
 * A device that never writes again keeps them (Settings lists devices and when each last wrote).
 * Returns the ids forgotten. Run on save, never inside a merge (merging stays a pure join).
 */
export function collectTombstones(sync: SyncMeta, nowMs: number): string[] {
  const forgotten: string[] = [];
  for (const [id, stamp] of Object.entries(sync.tombstones) as Array<[string, Hlc]>) {
    if (nowMs - hlcWallMs(stamp) < TOMBSTONE_MIN_DAYS * DAY_MS) continue;
    if (!sync.devices.every((device) => covers(device.seen, stamp))) continue;
    delete sync.tombstones[id];
    const at = sync.deleted.findIndex((e) => e.id === id);
    if (at >= 0) {
      sync.deleted.splice(at, 1);
      delete sync.stamps[id];
      delete sync.siblings[id];
    }
    forgotten.push(id);
  }
  return forgotten;
}
