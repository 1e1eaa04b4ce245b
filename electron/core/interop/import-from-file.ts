import type { VaultSession } from '../vault/index.ts';
import type { ImportFormat } from '../../contract/limits.ts';
import { applyPlan, entriesOf, planImport, previewOf, type ImportPlan, type ImportPreview, type ImportResult } from './import-plan.ts';
import { parseImport, type ParseOptions } from './parse-import.ts';

export interface ImportRequest extends ParseOptions {
  format: ImportFormat;
  bytes: Uint8Array;
  /** Only these rows (the preview's `where`, e.g. "row 3"); absent = every row. The others are skipped as "not chosen". */
  only?: readonly string[];
}

/** The plan with only the chosen rows to add; the rest are skipped and said so (finding 27: per-row choice). */
function chosenRows(plan: ImportPlan, only: readonly string[] | undefined): ImportPlan {
  if (only === undefined) return plan;
  const chosen = new Set(only);
  const left = plan.adds.filter((c) => !chosen.has(c.where));
  return { ...plan, adds: plan.adds.filter((c) => chosen.has(c.where)), skipped: [...plan.skipped, ...left.map((c) => ({ where: c.where, reason: 'not chosen' }))] };
}

/** Preview (dry run) or apply an import against an open session: one path for the CLI and the UI. */
export async function importFromFile(session: VaultSession, request: ImportRequest, apply: false): Promise<{ preview: ImportPreview }>;
export async function importFromFile(session: VaultSession, request: ImportRequest, apply: true): Promise<{ preview: ImportPreview; result: ImportResult }>;
export async function importFromFile(session: VaultSession, request: ImportRequest, apply: boolean): Promise<{ preview: ImportPreview; result?: ImportResult }> {
  const parsed = await parseImport(request.format, request.bytes, request);
  const plan = chosenRows(planImport(entriesOf(session), parsed), request.only);
  const preview = previewOf(plan);
  if (!apply) return { preview };
  return { preview, result: await applyPlan(session, plan, request.limits) };
}
