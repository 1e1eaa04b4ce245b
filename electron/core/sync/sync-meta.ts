import type { Entry } from '../../contract/calls/vault.ts';
import { isHlc, legacyHlc, maxHlc, type Hlc, LEGACY_DEVICE, DEVICE_ID_PATTERN } from './hlc.ts';

/** A concurrent value of one register that lost to the register's newest value (to be reviewed). */
export interface Sibling {
  stamp: Hlc;
  /** The register's fields as they were (absent fields left out). */
  values: Record<string, unknown>;
}

/** A computer that has written this vault. */
export interface DeviceRecord {
  id: string;
  /** The computer's name when it last wrote (for people). */
  name: string;
  /** Its stamp of that write. */
  lastWrite: Hlc;
  /** What it had merged by then: the newest stamp of each device (a version vector). */
  seen: Record<string, Hlc>;
}

/**
 * What format 3 adds to the body so that any two copies merge (docs/vault-format.md, "Merging").
 * Every part is a join: merging copies in any order, any number of times, gives the same result.
 */
export interface SyncMeta {
  /** Newest stamp of each device this copy has merged (its causal context). */
  known: Record<string, Hlc>;
  devices: DeviceRecord[];
  /** Per entry (live or deleted), per register: its stamp; '' is the stamp of registers not listed. */
  stamps: Record<string, Record<string, Hlc>>;
  /** Per entry, per register: concurrent values that lost (shown for review). */
  siblings: Record<string, Record<string, Sibling[]>>;
  /** Deleted entries: when. An entry is deleted while no register of it is newer. */
  tombstones: Record<string, Hlc>;
  /** Deleted entries' last values, kept with their tombstones so a later edit elsewhere restores them whole. */
  deleted: Entry[];
  /** Stamps of settings (`settings.<name>`) and of other parts of the body (by their key). */
  bodyStamps: Record<string, Hlc>;
  /** When the master password (and with it the vault key) last changed; null before format 3. */
  passwordStamp: Hlc | null;
  /**
   * When each key wrap of the header other than the password's (e.g. `keychain:<device id>`) was last
   * added, replaced or removed under the current vault key; a wrap absent from the header with a
   * stamp here was removed (sync/key-wrap-merge.ts). Absent in files written before it existed.
   */
  keyWraps?: Record<string, Hlc>;
}

export function emptySyncMeta(): SyncMeta {
  return { known: {}, devices: [], stamps: {}, siblings: {}, tombstones: {}, deleted: [], bodyStamps: {}, passwordStamp: null };
}

/**
 * The sync part of a body read from format 1 or 2: every register of an entry is stamped with its
 * `updated` time by the legacy device, so two computers upgrading the same file get the same stamps.
 */
export function legacySyncMeta(entries: readonly Entry[]): SyncMeta {
  const meta = emptySyncMeta();
  let newest: Hlc | undefined;
  for (const entry of entries) {
    const stamp = legacyHlc(entry.updated);
    meta.stamps[entry.id] = { '': stamp };
    newest = maxHlc(newest, stamp);
  }
  if (newest !== undefined) meta.known[LEGACY_DEVICE] = newest;
  return meta;
}

/**
 * Gives every entry without stamps (live or deleted) the legacy stamp of its `updated` time, so a
 * body whose sync part lacks some (written by a faulty copy) still merges. Returns the body's meta.
 */
export function completeStamps(meta: SyncMeta, entries: readonly Entry[]): SyncMeta {
  for (const list of [entries, meta.deleted]) for (const entry of list) meta.stamps[entry.id] ??= { '': legacyHlc(entry.updated) };
  return meta;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isHlcMap(value: unknown): value is Record<string, Hlc> {
  if (!isRecord(value)) return false;
  for (const key in value) if (!isHlc(value[key])) return false;
  return true;
}

function isSibling(value: unknown): value is Sibling {
  return isRecord(value) && isHlc(value['stamp']) && isRecord(value['values']) && Object.keys(value).length === 2;
}

function isDevice(value: unknown): value is DeviceRecord {
  return (
    isRecord(value) &&
    typeof value['id'] === 'string' &&
    (DEVICE_ID_PATTERN.test(value['id']) || value['id'] === LEGACY_DEVICE) &&
    typeof value['name'] === 'string' &&
    value['name'].length <= 256 &&
    isHlc(value['lastWrite']) &&
    isHlcMap(value['seen'])
  );
}

/**
 * True when `value` is a well-formed SyncMeta whose deleted entries pass `isEntry`. A plain
 * function: it runs on every open over one stamp map per entry.
 */
export function isSyncMeta(value: unknown, isEntry: (e: unknown) => boolean): value is SyncMeta {
  if (!isRecord(value)) return false;
  const { known, devices, stamps, siblings, tombstones, deleted, bodyStamps, passwordStamp, keyWraps } = value;
  if (!isHlcMap(known) || !isHlcMap(tombstones) || !isHlcMap(bodyStamps)) return false;
  if (keyWraps !== undefined && (!isHlcMap(keyWraps) || Object.keys(keyWraps).length > 1000)) return false;
  if (!(passwordStamp === null || isHlc(passwordStamp))) return false;
  if (!Array.isArray(devices) || devices.length > 1000 || !devices.every(isDevice)) return false;
  if (!Array.isArray(deleted) || !deleted.every(isEntry)) return false;
  if (!isRecord(stamps)) return false;
  for (const id in stamps) if (!isHlcMap(stamps[id]) || !isHlc((stamps[id] as Record<string, unknown>)[''])) return false;
  if (!isRecord(siblings)) return false;
  for (const id in siblings) {
    const groups = siblings[id];
    if (!isRecord(groups)) return false;
    for (const group in groups) {
      const list = groups[group];
      if (!Array.isArray(list) || list.length > 64 || !list.every(isSibling)) return false;
    }
  }
  return Object.keys(value).length === (keyWraps === undefined ? 8 : 9);
}
