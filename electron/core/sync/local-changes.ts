import type { Entry } from '../../contract/calls/vault.ts';
import { SECRET_GROUP, canonicalJson, fieldsOf, groupsOf, groupValues, sameValues } from './field-groups.ts';
import { historyItemOf, mergeHistory, setHistory } from './history.ts';
import { HlcClock, type Hlc } from './hlc.ts';
import type { SyncedBody } from './merge-body.ts';

/** Body keys whose changes are not stamped as registers here. */
const NOT_STAMPED: ReadonlySet<string> = new Set(['entries', 'settings', 'activity', 'meta', 'sync']);

export interface LocalDevice {
  id: string;
  name: string;
}

/**
 * Finds what this computer changed in a body since the last `stamp()` and stamps it with the
 * device's clock, without the session's methods having to know about clocks: an entry is
 * remembered as it was the first time it is looked up for a change (`willChange`), and compared
 * field by field at the next `stamp()`; entries that appeared or disappeared are found by id. So a
 * field added to the entry later needs nothing here. Editing the secret unit keeps the earlier one
 * in the entry's history ('edited'); editing a field with unreviewed siblings moves them there.
 */
export class LocalChanges {
  private live = new Map<string, Entry>();
  private before = new Map<string, Entry>();
  private topBefore = new Map<string, string>();
  private passwordBefore: string;
  /** The header's other key wraps (kind → fingerprint) as last stamped. */
  private wrapsBefore: Readonly<Record<string, string>> = {};
  private clock: HlcClock | null = null;

  constructor(
    private body: SyncedBody,
    passwordFingerprint: string,
    wrapFingerprints: Readonly<Record<string, string>> = {},
  ) {
    this.passwordBefore = passwordFingerprint;
    this.reset(body, passwordFingerprint, wrapFingerprints);
  }

  /** Starts over from `body` (after open or a merge): everything in it counts as stamped. */
  reset(body: SyncedBody, passwordFingerprint: string, wrapFingerprints: Readonly<Record<string, string>> = {}): void {
    this.wrapsBefore = wrapFingerprints;
    this.body = body;
    this.live = new Map(body.entries.map((e) => [e.id, e]));
    this.before.clear();
    this.topBefore = this.snapshotTop();
    this.passwordBefore = passwordFingerprint;
    if (this.clock !== null) for (const stamp of Object.values(body.sync.known)) this.clock.observe(stamp);
  }

  /**
   * Takes `merged` (this body merged with another copy) as the body, carrying over what changed here
   * since the last stamp() and is not in it: edits, entries added or removed, settings. A save that
   * merges runs while the user may still be editing.
   */
  rebase(merged: SyncedBody, passwordFingerprint: string, wrapFingerprints: Readonly<Record<string, string>> = {}): void {
    const old = { body: this.body, live: this.live, pending: new Map(this.before), top: this.topBefore };
    const changedTop = this.snapshotTop(old.body);
    this.reset(merged, passwordFingerprint, wrapFingerprints);
    const present = new Set<string>();
    for (const entry of old.body.entries) {
      present.add(entry.id);
      if (!old.live.has(entry.id) && !this.live.has(entry.id)) merged.entries.push(entry); // added here
    }
    for (const id of old.live.keys()) {
      const gone = this.live.get(id);
      if (!present.has(id) && gone !== undefined) merged.entries.splice(merged.entries.indexOf(gone), 1); // removed here
    }
    for (const [id, was] of old.pending) {
      const edited = old.live.get(id);
      const now = this.live.get(id);
      if (edited === undefined || now === undefined || !present.has(id)) continue;
      if (now === edited) {
        this.before.set(id, was);
        continue;
      }
      const base = structuredClone(now);
      let changed = false;
      for (const group of groupsOf(was, edited)) {
        if (sameValues(groupValues(was, group), groupValues(edited, group))) continue;
        changed = true;
        for (const field of fieldsOf(group)) {
          const value = (edited as unknown as Record<string, unknown>)[field];
          if (value === undefined) delete (now as unknown as Record<string, unknown>)[field];
          else (now as unknown as Record<string, unknown>)[field] = structuredClone(value);
        }
      }
      if (changed) this.before.set(id, base);
    }
    for (const [key, json] of changedTop) {
      if (old.top.get(key) === json) continue;
      if (key.startsWith('settings.')) (merged.settings as Record<string, unknown>)[key.slice(9)] = (old.body.settings as Record<string, unknown>)[key.slice(9)];
      else (merged as unknown as Record<string, unknown>)[key] = (old.body as unknown as Record<string, unknown>)[key];
    }
  }

  private clockOf(device: LocalDevice): HlcClock {
    if (this.clock === null || this.clock.device !== device.id) {
      this.clock = new HlcClock(device.id);
      for (const stamp of Object.values(this.body.sync.known)) this.clock.observe(stamp);
    }
    return this.clock;
  }

  private stampWraps(now: Readonly<Record<string, string>>, newKey: boolean, tick: () => Hlc): void {
    const sync = this.body.sync;
    const stamps: Record<string, Hlc> = newKey ? {} : { ...sync.keyWraps };
    for (const kind of new Set([...Object.keys(this.wrapsBefore), ...Object.keys(now)])) {
      if (newKey ? now[kind] !== undefined : now[kind] !== this.wrapsBefore[kind]) stamps[kind] = tick();
    }
    if (Object.keys(stamps).length > 0) sync.keyWraps = stamps;
    else delete sync.keyWraps;
    this.wrapsBefore = now;
  }

  /** Forgets the entries it remembers (on lock: nothing of the vault stays in memory). */
  clear(): void {
    this.live.clear();
    this.before.clear();
    this.topBefore.clear();
  }

  /** Call before changing `entry` in place (the session's one lookup for changes does). */
  willChange(entry: Entry): void {
    if (!this.before.has(entry.id) && this.live.get(entry.id) === entry) this.before.set(entry.id, structuredClone(entry));
  }

  private snapshotTop(body: SyncedBody = this.body): Map<string, string> {
    const top = new Map<string, string>();
    for (const [key, value] of Object.entries(body.settings)) top.set(`settings.${key}`, canonicalJson(value));
    for (const [key, value] of Object.entries(body)) if (!NOT_STAMPED.has(key)) top.set(key, canonicalJson(value));
    return top;
  }

  private stampEntryChanges(id: string, was: Entry, now: Entry, tick: () => Hlc, at: string): void {
    const sync = this.body.sync;
    const stamps = sync.stamps[id];
    if (stamps === undefined) return;
    for (const group of groupsOf(was, now)) {
      const old = groupValues(was, group);
      if (sameValues(old, groupValues(now, group))) continue;
      const oldStamp = stamps[group] ?? (stamps[''] as Hlc);
      stamps[group] = tick();
      const items = [];
      if (group === SECRET_GROUP && old['secret'] !== undefined) {
        const item = historyItemOf(group, oldStamp, old, at, 'edited', false);
        if (old['account'] === now.account) delete item.account;
        if (sameValues(old['server'], now.server)) delete item.server;
        items.push(item);
      }
      const pending = sync.siblings[id]?.[group];
      if (pending !== undefined) {
        for (const sibling of pending) items.push(historyItemOf(group, sibling.stamp, sibling.values, at, 'merge', true));
        delete (sync.siblings[id] as Record<string, unknown>)[group];
        if (Object.keys(sync.siblings[id] as object).length === 0) delete sync.siblings[id];
      }
      if (items.length > 0) setHistory(now, mergeHistory(items, now.history));
    }
  }

  /**
   * Stamps every change since the last call (and this device's write); `at` is the ISO time now.
   * `observed`: a causal context to take in first (the file on disk), so every new stamp is later.
   * `wrapFingerprints`: the header's other key wraps now; each added, replaced or removed one is
   * stamped in `sync.keyWraps` (after a password change, a new key: only those the header has).
   * Returns the new stamps.
   */
  stamp(device: LocalDevice, nowMs: number, at: string, passwordFingerprint: string, observed: Readonly<Record<string, Hlc>> = {}, wrapFingerprints?: Readonly<Record<string, string>>): Hlc[] {
    const sync = this.body.sync;
    const clock = this.clockOf(device);
    for (const stamp of Object.values(observed)) clock.observe(stamp);
    const made: Hlc[] = [];
    const tick = (): Hlc => {
      const stamp = clock.tick(nowMs);
      made.push(stamp);
      return stamp;
    };
    for (const [id, was] of this.before) {
      const now = this.live.get(id);
      if (now !== undefined) this.stampEntryChanges(id, was, now, tick, at);
    }
    this.before.clear();
    const present = new Set<string>();
    for (const entry of this.body.entries) {
      present.add(entry.id);
      if (this.live.get(entry.id) === entry) continue;
      // New here, or put back after a deletion: every register gets a fresh stamp.
      const gone = sync.deleted.findIndex((e) => e.id === entry.id);
      if (gone >= 0) sync.deleted.splice(gone, 1);
      sync.stamps[entry.id] = { '': tick() };
      delete sync.siblings[entry.id];
      this.live.set(entry.id, entry);
    }
    for (const [id, entry] of this.live) {
      if (present.has(id)) continue;
      sync.tombstones[id] = tick();
      sync.deleted.push(entry);
      this.live.delete(id);
    }
    const top = this.snapshotTop();
    for (const [key, json] of top) if (this.topBefore.get(key) !== json) sync.bodyStamps[key] = tick();
    for (const key of this.topBefore.keys()) if (!top.has(key)) sync.bodyStamps[key] = tick();
    this.topBefore = top;
    const newKey = passwordFingerprint !== this.passwordBefore;
    if (newKey) {
      sync.passwordStamp = tick();
      this.passwordBefore = passwordFingerprint;
    }
    if (wrapFingerprints !== undefined) this.stampWraps(wrapFingerprints, newKey, tick);
    const write = tick();
    sync.known[device.id] = write;
    const seen = { ...sync.known };
    const others = sync.devices.filter((d) => d.id !== device.id);
    sync.devices = [...others, { id: device.id, name: device.name, lastWrite: write, seen }].sort((x, y) => (x.id < y.id ? -1 : 1));
    return made;
  }
}
