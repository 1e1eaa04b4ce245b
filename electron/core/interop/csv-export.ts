import { neutraliseFormulaCell } from './csv-formula.ts';
import { loadPapa } from './load-papa.ts';
import type { Entry } from '../../contract/calls/vault.ts';
import { allProviders } from '../providers/index.ts';

/** Columns of AppPass's plain CSV export; `apppass import --format csv` reads them back. */
export const CSV_EXPORT_COLUMNS = ['provider', 'account', 'label', 'secret', 'notes', 'tags', 'favourite', 'url', 'created', 'updated'] as const;

/** UNENCRYPTED CSV of every entry (secrets in clear): only after the user confirmed that. Formula cells are neutralised (L1). */
export async function entriesToCsv(entries: readonly Entry[]): Promise<Buffer> {
  const Papa = await loadPapa();
  const pages = new Map(allProviders().map((p) => [p.id, p.appPasswords.pageUrl]));
  const rows = entries.map((e) =>
    [e.provider, e.account, e.label, e.secret, e.notes, e.tags.join(';'), e.favourite ? '1' : '', pages.get(e.provider) ?? '', e.created, e.updated].map(neutraliseFormulaCell),
  );
  return Buffer.from(`${Papa.unparse({ fields: [...CSV_EXPORT_COLUMNS], data: rows }, { newline: '\n', quotes: false })}\n`, 'utf8');
}
