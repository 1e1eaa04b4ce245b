import type { Entry } from '../../electron/contract/calls/vault.ts';
import { groupValues, NEWEST_WINS_QUIETLY, SECRET_GROUP } from '../../electron/core/sync/field-groups.ts';
import { LocalChanges } from '../../electron/core/sync/local-changes.ts';
import { mergeBodies, type SyncedBody } from '../../electron/core/sync/merge-body.ts';
import { emptySyncMeta } from '../../electron/core/sync/sync-meta.ts';

/** Computers editing copies of one vault with the real change tracking (LocalChanges) and merge. */
export interface Device {
  id: string;
  skewMs: number;
  body: SyncedBody;
  changes: LocalChanges;
}

/** A value a user wrote, and whether a user later replaced it knowingly (it was shown to them). */
export interface Written {
  entryId: string;
  group: string;
  stamp: string;
  replacedKnowingly: boolean;
}

export type Op =
  | { kind: 'add'; device: number }
  | { kind: 'edit'; device: number; pick: number; field: 'label' | 'notes' | 'favourite' | 'tags' | 'provider'; value: string }
  | { kind: 'secret'; device: number; pick: number; value: string; account: boolean }
  | { kind: 'delete'; device: number; pick: number }
  | { kind: 'sync'; from: number; to: number };

export const DEVICE_IDS = ['aaaaaaaaaaa1', 'bbbbbbbbbbb2', 'ccccccccccc3'];

export class Simulation {
  readonly devices: Device[];
  readonly written: Written[] = [];
  private wall = Date.parse('2026-11-30T09:00:00.000Z');
  private nextId = 0;

  constructor(skews: number[]) {
    const origin = this.emptyBody();
    this.devices = DEVICE_IDS.map((id, i) => {
      const body = structuredClone(origin);
      return { id, skewMs: skews[i] ?? 0, body, changes: new LocalChanges(body, 'pw') };
    });
    for (let i = 0; i < 2; i++) this.apply({ kind: 'add', device: 0 });
    for (let i = 1; i < this.devices.length; i++) this.apply({ kind: 'sync', from: 0, to: i });
  }

  private emptyBody(): SyncedBody {
    return { entries: [], settings: {} as SyncedBody['settings'], activity: [], meta: { masterPasswordLastUsedAt: '2026-11-30T09:00:00.000Z' }, sync: emptySyncMeta() };
  }

  private stamp(d: Device): void {
    this.wall += 1000;
    const ms = this.wall + d.skewMs;
    d.changes.stamp({ id: d.id, name: d.id }, ms, new Date(ms).toISOString(), 'pw');
  }

  private recordWrite(d: Device, entry: Entry, group: string): void {
    const stamps = d.body.sync.stamps[entry.id] ?? {};
    this.written.push({ entryId: entry.id, group, stamp: stamps[group] ?? (stamps[''] as string), replacedKnowingly: false });
  }

  /** The user replaces what device `d` shows for `group` of `entry`: that value was replaced knowingly. */
  private replacing(d: Device, entry: Entry, group: string): void {
    const stamps = d.body.sync.stamps[entry.id] ?? {};
    const shown = stamps[group] ?? stamps[''];
    for (const w of this.written) if (w.entryId === entry.id && w.group === group && w.stamp === shown) w.replacedKnowingly = true;
  }

  apply(op: Op): void {
    if (op.kind === 'sync') {
      if (op.from === op.to) return;
      const to = this.devices[op.to] as Device;
      to.body = mergeBodies(to.body, structuredClone((this.devices[op.from] as Device).body));
      to.changes.reset(to.body, 'pw');
      return;
    }
    const d = this.devices[op.device] as Device;
    if (op.kind === 'add') {
      const at = new Date(this.wall).toISOString();
      const id = `entry-${this.nextId++}`;
      const entry: Entry = { id, provider: 'custom', account: `${id}@example.com`, label: '', secret: `secret of ${id}`, created: at, updated: at, lastCopied: null, revoked: null, notes: '', tags: [], favourite: false };
      d.body.entries.push(entry);
      this.stamp(d);
      for (const field of Object.keys(entry)) if (field !== 'id' && field !== 'account' && field !== 'server' && !NEWEST_WINS_QUIETLY.has(field)) this.recordWrite(d, entry, field === 'secret' ? SECRET_GROUP : field);
      return;
    }
    const live = d.body.entries;
    if (live.length === 0) return;
    const entry = live[op.pick % live.length] as Entry;
    if (op.kind === 'delete') {
      live.splice(live.indexOf(entry), 1);
      this.stamp(d);
      return;
    }
    d.changes.willChange(entry);
    const group = op.kind === 'secret' ? SECRET_GROUP : op.field;
    const before = JSON.stringify(groupValues(entry, group));
    if (op.kind === 'secret') {
      entry.secret = op.value;
      if (op.account) entry.account = `${op.value.slice(0, 8)}@example.com`;
    } else if (op.field === 'favourite') entry.favourite = !entry.favourite;
    else if (op.field === 'tags') entry.tags = [op.value];
    else (entry as unknown as Record<string, unknown>)[op.field] = op.value;
    entry.updated = new Date(this.wall).toISOString();
    if (JSON.stringify(groupValues(entry, group)) !== before) this.replacing(d, entry, group);
    this.stamp(d);
    if (JSON.stringify(groupValues(entry, group)) !== before) this.recordWrite(d, entry, group);
  }
}

/** A body with its lists in id order: two bodies holding the same vault compare equal. */
export function normalised(body: SyncedBody): unknown {
  const byId = (a: Entry, b: Entry) => (a.id < b.id ? -1 : 1);
  return { ...body, entries: [...body.entries].sort(byId), sync: { ...body.sync, deleted: [...body.sync.deleted].sort(byId) } };
}
