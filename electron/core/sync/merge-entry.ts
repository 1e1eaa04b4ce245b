import type { Entry } from '../../contract/calls/vault.ts';
import { NEWEST_WINS_QUIETLY, canonicalJson, fieldsOf, groupsOf, groupValues } from './field-groups.ts';
import { mergeHistory, setHistory } from './history.ts';
import { hlcDevice, maxHlc, type Hlc } from './hlc.ts';
import type { Sibling, SyncMeta } from './sync-meta.ts';

/** One copy's entries, looked up by id. */
export interface Side {
  meta: SyncMeta;
  live: ReadonlyMap<string, Entry>;
  dead: ReadonlyMap<string, Entry>;
  /** Whether this copy has seen the write stamped so (default: covered by `meta.known`). */
  seen: (stamp: Hlc) => boolean;
}

export interface MergedEntry {
  entry: Entry;
  stamps: Record<string, Hlc>;
  siblings: Record<string, Sibling[]> | undefined;
  tombstone: Hlc | undefined;
  live: boolean;
}

/** True when a copy whose causal context is `known` has seen the write stamped `stamp`. */
export function covers(known: Readonly<Record<string, Hlc>>, stamp: Hlc): boolean {
  const seen = known[hlcDevice(stamp)];
  return seen !== undefined && seen >= stamp;
}

function registerOf(entry: Entry, stamps: Readonly<Record<string, Hlc>>, siblings: Record<string, Sibling[]> | undefined, group: string): Sibling[] {
  const head: Sibling = { stamp: stamps[group] ?? (stamps[''] as Hlc), values: groupValues(entry, group) };
  const rest = siblings?.[group];
  return rest === undefined ? [head] : [head, ...rest];
}

/**
 * Multi-value register merge (as in Riak's and Automerge's registers): a value stays unless the
 * other copy has seen its write and no longer holds it (it was overwritten there). The newest value
 * wins; concurrent ones stay as siblings until someone edits or reviews the field.
 */
export function mergeRegister(ra: readonly Sibling[], rb: readonly Sibling[], seenA: (stamp: Hlc) => boolean, seenB: (stamp: Hlc) => boolean): Sibling[] {
  const inA = new Set(ra.map((v) => v.stamp));
  const inB = new Set(rb.map((v) => v.stamp));
  const out: Sibling[] = [];
  for (const v of ra) if (inB.has(v.stamp) || !seenB(v.stamp)) out.push(v);
  for (const v of rb) if (!inA.has(v.stamp) && !seenA(v.stamp)) out.push(v);
  if (out.length === 0) {
    // Only when the copies break causality (e.g. one device id on two diverging copies): newest wins.
    for (const v of [...ra, ...rb]) if (out.length === 0 || v.stamp > (out[0] as Sibling).stamp) out[0] = v;
  }
  return out.sort((x, y) => (x.stamp < y.stamp ? 1 : x.stamp > y.stamp ? -1 : 0));
}

function newestStamp(stamps: Readonly<Record<string, Hlc>>): Hlc {
  let newest = stamps[''] as Hlc;
  for (const key in stamps) if ((stamps[key] as Hlc) > newest) newest = stamps[key] as Hlc;
  return newest;
}

export function sameStamps(a: Readonly<Record<string, Hlc>>, b: Readonly<Record<string, Hlc>>): boolean {
  if (a === b) return true;
  let n = 0;
  for (const key in a) {
    if (a[key] !== b[key]) return false;
    n++;
  }
  for (const key in b) if (key !== '' && --n < 0) return false;
  return n === 1; // '' was counted in a and skipped in b
}

function alone(side: Side, entry: Entry, id: string, tombstone: Hlc | undefined): MergedEntry {
  const stamps = side.meta.stamps[id] as Record<string, Hlc>;
  return { entry, stamps, siblings: side.meta.siblings[id], tombstone, live: tombstone === undefined || newestStamp(stamps) > tombstone };
}


/** Merges entry `id` of two copies: register by register, history as a set, deletion by its stamp. */
export function mergeEntry(id: string, a: Side, b: Side): MergedEntry | null {
  const ea = a.live.get(id) ?? a.dead.get(id);
  const eb = b.live.get(id) ?? b.dead.get(id);
  const tombstone = maxHlc(a.meta.tombstones[id], b.meta.tombstones[id]);
  if (ea === undefined) return eb === undefined ? null : alone(b, eb, id, tombstone);
  if (eb === undefined) return alone(a, ea, id, tombstone);
  const sa = a.meta.stamps[id] as Record<string, Hlc>;
  const sb = b.meta.stamps[id] as Record<string, Hlc>;
  const siblingsA = a.meta.siblings[id];
  const siblingsB = b.meta.siblings[id];
  if (siblingsA === undefined && siblingsB === undefined && sameStamps(sa, sb) && (ea.history === eb.history || canonicalJson(ea.history) === canonicalJson(eb.history))) {
    return alone(a, ea, id, tombstone);
  }
  const groups = groupsOf(ea, eb);
  for (const list of [siblingsA, siblingsB]) for (const group in list) groups.add(group);
  const base = maxHlc(sa[''], sb['']) as Hlc;
  const entry = { id } as Entry;
  const record = entry as unknown as Record<string, unknown>;
  const stamps: Record<string, Hlc> = { '': base };
  let siblings: Record<string, Sibling[]> | undefined;
  let newest = base;
  for (const group of [...groups].sort()) {
    const stampA = sa[group] ?? (sa[''] as Hlc);
    if (stampA === (sb[group] ?? sb['']) && siblingsA?.[group] === undefined && siblingsB?.[group] === undefined) {
      // The same write on both sides (most registers of most entries): nothing to compare.
      for (const field of fieldsOf(group)) if ((ea as unknown as Record<string, unknown>)[field] !== undefined) record[field] = (ea as unknown as Record<string, unknown>)[field];
      if (stampA !== base) stamps[group] = stampA;
      if (stampA > newest) newest = stampA;
      continue;
    }
    const ra = registerOf(ea, sa, siblingsA, group);
    const rb = registerOf(eb, sb, siblingsB, group);
    const [winner, ...rest] = NEWEST_WINS_QUIETLY.has(group) ? [(ra[0] as Sibling).stamp >= (rb[0] as Sibling).stamp ? (ra[0] as Sibling) : (rb[0] as Sibling)] : (mergeRegister(ra, rb, a.seen, b.seen) as [Sibling, ...Sibling[]]);
    for (const field in winner.values) record[field] = winner.values[field];
    if (winner.stamp !== base) stamps[group] = winner.stamp;
    if (winner.stamp > newest) newest = winner.stamp;
    if (rest.length > 0) (siblings ??= {})[group] = rest;
  }
  setHistory(entry, mergeHistory(ea.history, eb.history));
  return { entry, stamps, siblings, tombstone, live: tombstone === undefined || newest > tombstone };
}
