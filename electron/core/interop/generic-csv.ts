import { CSV_FIELDS, type CsvField } from '../../contract/calls/interop.ts';
import { ENTRY_LIMITS } from '../../contract/calls/vault.ts';
import { allProviders } from '../providers/index.ts';
import { CSV_EXPORT_COLUMNS } from './csv-export.ts';
import { restoreFormulaCell } from './csv-formula.ts';
import { parseCsv } from './csv-text.ts';
import { detectProvider } from './detect-provider.ts';
import { clip, makeCandidate, type ImportCandidate, type ParsedImport, type SkippedItem } from './import-candidate.ts';
import { importInvalid } from './import-errors.ts';
import { IMPORT_LIMITS, type ImportLimits } from './limits.ts';

export { CSV_FIELDS, type CsvField };
/** Which column holds which entry field; unmapped fields are found by their usual header names. */
export type CsvMapping = Partial<Record<CsvField, string>>;

/** Header names (lower case) recognised for each field when no mapping is given. */
const ALIASES: Record<CsvField, readonly string[]> = {
  account: ['account', 'email', 'e-mail', 'username', 'user name', 'user', 'login', 'login_username', 'address'],
  secret: ['secret', 'password', 'app password', 'app_password', 'login_password', 'pass'],
  label: ['label', 'name', 'title', 'app', 'device'],
  provider: ['provider'],
  url: ['url', 'uri', 'website', 'login_uri', 'web site'],
  notes: ['notes', 'note', 'comments', 'comment', 'extra'],
  tags: ['tags', 'tag', 'folder', 'group', 'category'],
  favourite: ['favourite', 'favorite', 'starred'],
};

/** The column used for each field: the mapping's, else the first header matching an alias. */
export function resolveColumns(columns: readonly string[], mapping: CsvMapping = {}): Partial<Record<CsvField, string>> {
  const resolved: Partial<Record<CsvField, string>> = {};
  for (const field of CSV_FIELDS) {
    const wanted = mapping[field];
    if (wanted !== undefined) {
      if (!columns.includes(wanted)) throw importInvalid(`the mapping names a column "${clip(wanted, 60)}" that is not in the header`);
      resolved[field] = wanted;
      continue;
    }
    const found = columns.find((c) => ALIASES[field].includes(c.trim().toLowerCase()));
    if (found !== undefined) resolved[field] = found;
  }
  for (const field of ['account', 'secret'] as const) {
    if (resolved[field] === undefined) throw importInvalid(`no column for the ${field === 'secret' ? 'password' : 'account (e-mail address)'}; map one (CLI: --map ${field}=COLUMN)`);
  }
  return resolved;
}

/**
 * Generic CSV with a header row. A row without an account or a password is skipped and listed
 * (the rest can still be imported). Tags are split on ";". The provider column, when it
 * holds a catalog id (or "custom"), wins; otherwise the provider is detected from URL and account.
 */
export async function readGenericCsv(bytes: Uint8Array, mapping: CsvMapping = {}, limits: ImportLimits = IMPORT_LIMITS): Promise<ParsedImport> {
  const table = await parseCsv(bytes, limits);
  const col = resolveColumns(table.columns, mapping);
  const known = new Set([...allProviders().map((p) => p.id), 'custom']);
  // AppPass's own CSV export: its formula cells carry one apostrophe more (csv-formula.ts), taken off here.
  const ownExport = table.columns.length === CSV_EXPORT_COLUMNS.length && CSV_EXPORT_COLUMNS.every((c, i) => table.columns[i] === c);
  const cell = ownExport ? restoreFormulaCell : (text: string) => text;
  const candidates: ImportCandidate[] = [];
  // A row without an account or a password is skipped and said (finding 27), not a reason to refuse the file.
  const skipped: SkippedItem[] = [];
  table.rows.forEach((row, index) => {
    const at = `row ${index + 2}`;
    const get = (field: CsvField): string => {
      const name = col[field];
      return name === undefined ? '' : cell(row[name] ?? '');
    };
    const account = get('account').trim();
    const secret = get('secret');
    if (account === '') return void skipped.push({ where: at, reason: 'the account is empty' });
    if (secret === '') return void skipped.push({ where: at, reason: 'the password is empty' });
    const named = get('provider').trim().toLowerCase();
    const tags = get('tags').split(';').map((t) => t.trim()).filter((t) => t !== '');
    candidates.push(makeCandidate(at, {
      provider: known.has(named) ? named : detectProvider([get('url')], account),
      account,
      label: get('label'),
      secret,
      notes: get('notes'),
      tags: [...new Set(tags.map((t) => clip(t, ENTRY_LIMITS.tag)))],
      favourite: ['1', 'true', 'yes', 'x'].includes(get('favourite').trim().toLowerCase()),
    }));
  });
  return { candidates, skipped };
}
