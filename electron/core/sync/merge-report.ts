import type { MergeReport } from '../../contract/calls/vault.ts';
import { canonicalJson } from './field-groups.ts';
import { sameStamps } from './merge-entry.ts';
import type { SyncedBody } from './merge-body.ts';

/** What a merge did to the copy `before` (this computer's vault): ids added, changed, deleted, with conflicts. */
export function mergeReport(before: SyncedBody, after: SyncedBody, copies: string[] = []): MergeReport {
  const was = new Map(before.entries.map((e) => [e.id, e]));
  const report: MergeReport = { copies, added: [], changed: [], deleted: [], conflicts: [], passwordChanged: (after.sync.passwordStamp ?? '') > (before.sync.passwordStamp ?? '') };
  const now = new Set<string>();
  for (const entry of after.entries) {
    now.add(entry.id);
    const old = was.get(entry.id);
    if (old === undefined) report.added.push(entry.id);
    else if (old !== entry && (!sameStamps(before.sync.stamps[entry.id] ?? {}, after.sync.stamps[entry.id] ?? {}) || canonicalJson(old.history) !== canonicalJson(entry.history))) report.changed.push(entry.id);
    const siblings = after.sync.siblings[entry.id];
    if (siblings !== undefined && siblings !== before.sync.siblings[entry.id] && canonicalJson(siblings) !== canonicalJson(before.sync.siblings[entry.id])) report.conflicts.push(entry.id);
  }
  for (const id of was.keys()) if (!now.has(id)) report.deleted.push(id);
  return report;
}

/** True when the merge changed nothing in this computer's vault. */
export function isEmptyReport(report: MergeReport): boolean {
  return report.added.length + report.changed.length + report.deleted.length + report.conflicts.length === 0 && !report.passwordChanged;
}

/** Several merges in a row as one report (an id counted once, under what happened to it last). */
export function combineReports(reports: readonly MergeReport[]): MergeReport {
  const out: MergeReport = { copies: [], added: [], changed: [], deleted: [], conflicts: [], passwordChanged: false };
  const added = new Set<string>();
  const changed = new Set<string>();
  const deleted = new Set<string>();
  const conflicts = new Set<string>();
  for (const r of reports) {
    out.copies.push(...r.copies);
    out.passwordChanged ||= r.passwordChanged;
    for (const id of r.added) added.add(id);
    for (const id of r.changed) if (!added.has(id)) changed.add(id);
    for (const id of r.deleted) {
      if (!added.delete(id)) deleted.add(id);
      changed.delete(id);
    }
    for (const id of r.conflicts) conflicts.add(id);
  }
  return { ...out, added: [...added], changed: [...changed], deleted: [...deleted], conflicts: [...conflicts].filter((id) => !deleted.has(id)) };
}
