import { randomUUID } from 'node:crypto';
import type { ImportPreview, ImportResult, PreviewRow } from '../../contract/calls/interop.ts';
import type { Entry } from '../../contract/calls/vault.ts';
import type { VaultSession } from '../vault/index.ts';
import { entryOf, type ImportCandidate, type ParsedImport, type SkippedItem } from './import-candidate.ts';

export type { ImportPreview, ImportResult, PreviewRow };
import { importTooLarge } from './import-errors.ts';
import { IMPORT_LIMITS, type ImportLimits } from './limits.ts';

/** What an import would do: nothing secret is in here except inside `adds`/`duplicates` candidates. */
export interface ImportPlan {
  adds: ImportCandidate[];
  duplicates: ImportCandidate[];
  skipped: SkippedItem[];
}

/** Same provider, account, label and secret: the import would add nothing new. */
function keyOf(e: Pick<Entry, 'provider' | 'account' | 'label' | 'secret'>): string {
  return JSON.stringify([e.provider, e.account.toLowerCase(), e.label, e.secret]);
}

/** Splits candidates into adds and duplicates (of an existing entry, or of an earlier row of the same file). */
export function planImport(existing: readonly Entry[], parsed: ParsedImport): ImportPlan {
  const seen = new Set(existing.map(keyOf));
  const plan: ImportPlan = { adds: [], duplicates: [], skipped: parsed.skipped };
  for (const candidate of parsed.candidates) {
    const key = keyOf(candidate);
    if (seen.has(key)) plan.duplicates.push(candidate);
    else {
      seen.add(key);
      plan.adds.push(candidate);
    }
  }
  return plan;
}

export function previewOf(plan: ImportPlan): ImportPreview {
  const row = (status: PreviewRow['status']) => (c: ImportCandidate): PreviewRow => ({ where: c.where, status, provider: c.provider, account: c.account, label: c.label });
  return {
    adds: plan.adds.length,
    duplicates: plan.duplicates.length,
    skipped: plan.skipped.length,
    rows: [...plan.adds.map(row('add')), ...plan.duplicates.map(row('duplicate'))],
    skippedItems: plan.skipped,
  };
}

/** Every entry of the session, secrets included (for duplicate detection). */
export function entriesOf(session: VaultSession): Entry[] {
  return session.list().map((s) => session.get(s.id));
}

/**
 * Adds the plan's new entries and saves, all or nothing: if any add or the save fails, every entry
 * added so far is taken out again and the error is rethrown (the file on disk is unchanged).
 * Entries from AppPass exports keep their id and times (a new id if that id is already taken).
 */
export async function applyPlan(session: VaultSession, plan: ImportPlan, limits: ImportLimits = IMPORT_LIMITS): Promise<ImportResult> {
  const total = session.list().length + plan.adds.length;
  if (total > limits.vaultEntries) throw importTooLarge(`the vault would hold ${total} entries`, limits.vaultEntries);
  // Ids in the trash are taken too (they come back on restore).
  const taken = new Set([...session.list(), ...session.trashed()].map((e) => e.id));
  const ids: string[] = [];
  try {
    for (const candidate of plan.adds) {
      if (candidate.preserved !== undefined) {
        const id = taken.has(candidate.preserved.id) ? randomUUID() : candidate.preserved.id;
        taken.add(id);
        ids.push(session.restore(entryOf(candidate, { ...candidate.preserved, id })).id);
      } else {
        const { where: _where, preserved: _preserved, ...input } = candidate;
        ids.push(session.add(input).id);
      }
    }
    if (ids.length > 0) await session.save();
  } catch (error) {
    for (const id of ids) {
      try {
        // Out for good, not into the trash: the import never happened.
        session.remove(id);
        session.emptyTrash(id);
      } catch {
        // Already gone; keep rolling back the rest.
      }
    }
    throw error;
  }
  return { added: ids.length, duplicates: plan.duplicates.length, skipped: plan.skipped.length, ids };
}
