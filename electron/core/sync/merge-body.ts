import type { ActivityEvent, Entry } from '../../contract/calls/vault.ts';
import { ACTIVITY_LOG_MAX } from '../../contract/calls/vault.ts';
import type { VaultBody } from '../vault/model/body.ts';
import { canonicalJson } from './field-groups.ts';
import { maxHlc, type Hlc } from './hlc.ts';
import { covers, mergeEntry, sameStamps, type Side } from './merge-entry.ts';
import type { DeviceRecord, Sibling, SyncMeta } from './sync-meta.ts';

/** A body with its sync part (the session always has one; see legacySyncMeta). */
export type SyncedBody = VaultBody & { sync: SyncMeta };

/** Body keys merged by their own rules; every other key is one register stamped in bodyStamps. */
const OWN_RULES: ReadonlySet<string> = new Set(['entries', 'settings', 'activity', 'meta', 'sync']);

function sideOf(body: SyncedBody, seen?: (stamp: Hlc) => boolean): Side {
  return {
    meta: body.sync,
    seen: seen ?? ((stamp) => covers(body.sync.known, stamp)),
    live: new Map(body.entries.map((e) => [e.id, e])),
    dead: new Map(body.sync.deleted.map((e) => [e.id, e])),
  };
}

function hasKeys(record: object): boolean {
  for (const key in record) if (key !== undefined) return true;
  return false;
}

function maxMap(a: Readonly<Record<string, Hlc>>, b: Readonly<Record<string, Hlc>>): Record<string, Hlc> {
  const out: Record<string, Hlc> = { ...a };
  for (const key in b) out[key] = maxHlc(out[key], b[key]) as Hlc;
  return out;
}

/** Last writer wins by stamp; equal stamps (never from two writes) fall back to the larger value. */
function pick<T>(va: T, sa: Hlc | undefined, vb: T, sb: Hlc | undefined): { value: T; stamp: Hlc | undefined } {
  const x = sa ?? '';
  const y = sb ?? '';
  if (x !== y) return x > y ? { value: va, stamp: sa } : { value: vb, stamp: sb };
  return canonicalJson(va) >= canonicalJson(vb) ? { value: va, stamp: sa } : { value: vb, stamp: sb };
}

function mergeRegisters(a: Record<string, unknown>, b: Record<string, unknown>, stampsA: Record<string, Hlc>, stampsB: Record<string, Hlc>, prefix: string, skip: ReadonlySet<string>, stamps: Record<string, Hlc>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (skip.has(key)) continue;
    const won = pick(a[key], stampsA[prefix + key], b[key], stampsB[prefix + key]);
    if (won.value !== undefined) out[key] = won.value;
    if (won.stamp !== undefined) stamps[prefix + key] = won.stamp;
  }
  return out;
}

function activityKey(e: ActivityEvent): string {
  return `${e.at}\u0000${e.action}\u0000${e.entryId}`;
}

function mergeActivity(a: readonly ActivityEvent[], b: readonly ActivityEvent[]): ActivityEvent[] {
  const byKey = new Map<string, ActivityEvent>();
  for (const e of [...a, ...b]) byKey.set(activityKey(e), e);
  const all = [...byKey.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, e]) => e);
  return all.slice(Math.max(0, all.length - ACTIVITY_LOG_MAX));
}

function mergeDevices(a: readonly DeviceRecord[], b: readonly DeviceRecord[]): DeviceRecord[] {
  const byId = new Map<string, DeviceRecord>();
  for (const d of [...a, ...b]) {
    const seen = byId.get(d.id);
    if (seen === undefined || d.lastWrite > seen.lastWrite || (d.lastWrite === seen.lastWrite && canonicalJson(d) > canonicalJson(seen))) byId.set(d.id, d);
  }
  return [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : 1));
}

function byCreation(x: Entry, y: Entry): number {
  if (x.created !== y.created) return x.created < y.created ? -1 : 1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/** Entries in creation order (then id), the same in every copy; a list already in order (the usual case) is only checked. */
function sortIfNeeded(entries: Entry[]): void {
  for (let i = 1; i < entries.length; i++) {
    if (byCreation(entries[i - 1] as Entry, entries[i] as Entry) > 0) {
      entries.sort(byCreation);
      return;
    }
  }
}

/**
 * Merges two copies of one vault. A join: commutative, associative and idempotent
 * (tests/unit/core/sync/merge-properties.test.ts), so every order of merging copies gives the same vault.
 * Entries merge register by register (merge-entry.ts); settings and other parts of the body by
 * their stamps; the activity log, devices, clocks and tombstones as sets. Pure: no clock, no I/O.
 * `seenByA` states exactly which writes `a` has seen, when its `known` vector says more than that
 * (a session's own unsaved stamps, see session-sync.ts); by default `a.sync.known` says it.
 */
export function mergeBodies(a: SyncedBody, b: SyncedBody, seenByA?: (stamp: Hlc) => boolean): SyncedBody {
  const sideA = sideOf(a, seenByA);
  const sideB = sideOf(b);
  const live: Entry[] = [];
  const deleted: Entry[] = [];
  const stamps: Record<string, Record<string, Hlc>> = {};
  const siblings: Record<string, Record<string, Sibling[]>> = {};
  // Most vaults have no tombstones or siblings at all: then those lookups are skipped.
  const tombs = hasKeys(a.sync.tombstones) || hasKeys(b.sync.tombstones);
  const sibs = hasKeys(a.sync.siblings) || hasKeys(b.sync.siblings);
  const mergeOne = (id: string): void => {
    const ea = sideA.live.get(id);
    const eb = sideB.live.get(id);
    // The usual case: the same entry, written by the same writes on both sides, nothing deleted.
    if (ea !== undefined && eb !== undefined && (!tombs || (a.sync.tombstones[id] === undefined && b.sync.tombstones[id] === undefined))) {
      const sa = a.sync.stamps[id] as Record<string, Hlc>;
      if ((!sibs || (a.sync.siblings[id] === undefined && b.sync.siblings[id] === undefined)) && ea.history === undefined && eb.history === undefined && sameStamps(sa, b.sync.stamps[id] as Record<string, Hlc>)) {
        live.push(ea);
        stamps[id] = sa;
        return;
      }
    }
    const merged = mergeEntry(id, sideA, sideB);
    if (merged === null) return;
    (merged.live ? live : deleted).push(merged.entry);
    stamps[id] = merged.stamps;
    if (merged.siblings !== undefined) siblings[id] = merged.siblings;
  };
  for (const e of a.entries) mergeOne(e.id);
  for (const e of a.sync.deleted) mergeOne(e.id);
  for (const e of b.entries) if (!sideA.live.has(e.id) && !sideA.dead.has(e.id)) mergeOne(e.id);
  for (const e of b.sync.deleted) if (!sideA.live.has(e.id) && !sideA.dead.has(e.id) && !sideB.live.has(e.id)) mergeOne(e.id);
  sortIfNeeded(live);
  sortIfNeeded(deleted);

  const bodyStamps: Record<string, Hlc> = {};
  const settings = mergeRegisters(a.settings, b.settings, a.sync.bodyStamps, b.sync.bodyStamps, 'settings.', new Set(), bodyStamps);
  const others = mergeRegisters(a as unknown as Record<string, unknown>, b as unknown as Record<string, unknown>, a.sync.bodyStamps, b.sync.bodyStamps, '', OWN_RULES, bodyStamps);
  const atA = a.meta.masterPasswordLastUsedAt;
  const atB = b.meta.masterPasswordLastUsedAt;
  return {
    ...others,
    entries: live,
    settings: settings as VaultBody['settings'],
    activity: mergeActivity(a.activity, b.activity),
    meta: { masterPasswordLastUsedAt: Date.parse(atA) > Date.parse(atB) || (Date.parse(atA) === Date.parse(atB) && atA >= atB) ? atA : atB },
    sync: {
      known: maxMap(a.sync.known, b.sync.known),
      devices: mergeDevices(a.sync.devices, b.sync.devices),
      stamps,
      siblings,
      tombstones: maxMap(a.sync.tombstones, b.sync.tombstones),
      deleted,
      bodyStamps,
      passwordStamp: maxHlc(a.sync.passwordStamp ?? undefined, b.sync.passwordStamp ?? undefined) ?? null,
    },
  } as SyncedBody;
}
