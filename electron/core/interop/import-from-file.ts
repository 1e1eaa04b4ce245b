import type { VaultSession } from '../vault/index.ts';
import type { ImportFormat } from '../../contract/limits.ts';
import { applyPlan, entriesOf, planImport, previewOf, type ImportPreview, type ImportResult } from './import-plan.ts';
import { parseImport, type ParseOptions } from './parse-import.ts';

export interface ImportRequest extends ParseOptions {
  format: ImportFormat;
  bytes: Uint8Array;
}

/** Preview (dry run) or apply an import against an open session: one path for the CLI and the UI. */
export async function importFromFile(session: VaultSession, request: ImportRequest, apply: false): Promise<{ preview: ImportPreview }>;
export async function importFromFile(session: VaultSession, request: ImportRequest, apply: true): Promise<{ preview: ImportPreview; result: ImportResult }>;
export async function importFromFile(session: VaultSession, request: ImportRequest, apply: boolean): Promise<{ preview: ImportPreview; result?: ImportResult }> {
  const parsed = await parseImport(request.format, request.bytes, request);
  const plan = planImport(entriesOf(session), parsed);
  const preview = previewOf(plan);
  if (!apply) return { preview };
  return { preview, result: await applyPlan(session, plan, request.limits) };
}
