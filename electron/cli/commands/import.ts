import { resolve } from 'node:path';
import { CSV_FIELDS, type CsvField, type ImportPreview } from '../../contract/calls/interop.ts';
import { IMPORT_FORMATS, type ImportFormat } from '../../contract/limits.ts';
import type { CsvMapping } from '../../core/interop/index.ts';
import type { Command } from '../command.ts';
import { stringOption, usageError } from '../args.ts';
import { withVault } from '../vault-access.ts';

const USAGE = `apppass import --format ${IMPORT_FORMATS.join('|')} FILE [--dry-run] [--map FIELD=COLUMN ...] [--json]  (master password: stdin line 1; the file's password: line 2 for kdbx/json)`;

function mappingOf(values: unknown): CsvMapping {
  const mapping: CsvMapping = {};
  for (const item of Array.isArray(values) ? values : []) {
    const text = String(item);
    const at = text.indexOf('=');
    const field = text.slice(0, at);
    if (at < 1 || !(CSV_FIELDS as readonly string[]).includes(field) || at === text.length - 1) {
      throw usageError(`--map takes FIELD=COLUMN with FIELD one of ${CSV_FIELDS.join(', ')}.`, USAGE);
    }
    mapping[field as CsvField] = text.slice(at + 1);
  }
  return mapping;
}

function describe(preview: ImportPreview, applied: boolean): string {
  const lines = preview.rows.map((r) => `${r.status === 'add' ? (applied ? 'added' : 'add') : 'duplicate'}\t${r.where}\t${r.provider}\t${r.account}\t${r.label}`);
  for (const s of preview.skippedItems) lines.push(`skipped\t${s.where}\t${s.reason}`);
  lines.push(`${applied ? 'Imported' : 'Would import'} ${preview.adds} entries; ${preview.duplicates} duplicates and ${preview.skipped} skipped items left out.${applied ? '' : ' (dry run: nothing changed)'}`);
  return lines.join('\n');
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Import from KeePass (KDBX 3.1/4), an AppPass backup, Bitwarden JSON/CSV or CSV; all or nothing, --dry-run to preview.',
  usage: USAGE,
  options: {
    format: { type: 'string' },
    'dry-run': { type: 'boolean' },
    map: { type: 'string', multiple: true },
  },
  async run(ctx) {
    const format = stringOption(ctx, 'format');
    if (format === undefined || !(IMPORT_FORMATS as readonly string[]).includes(format)) throw usageError(`--format must be one of ${IMPORT_FORMATS.join(', ')}.`, USAGE);
    if (ctx.args.length !== 1 || ctx.args[0] === '') throw usageError('Give exactly one FILE to import.', USAGE);
    const mapping = mappingOf(ctx.options['map']);
    if (Object.keys(mapping).length > 0 && format !== 'csv') throw usageError('--map applies to --format csv only.', USAGE);
    const file = ctx.args[0] as string;
    const path = resolve(ctx.io.cwd, file);
    // Loaded on use: kdbxweb and papaparse stay out of every other command's start-up.
    const { importFromFile, needsPassword, readImportFile } = await import('../../core/interop/index.ts');
    const bytes = await readImportFile(path);
    const dryRun = ctx.options['dry-run'] === true;
    const outcome = await withVault(ctx, async (session) => {
      const password = needsPassword(format as ImportFormat) ? await ctx.readSecret("file's password") : undefined;
      const request = { format: format as ImportFormat, bytes, mapping, ...(password === undefined ? {} : { password }) };
      if (dryRun) return { dryRun: true, ...(await importFromFile(session, request, false)) };
      return { dryRun: false, ...(await importFromFile(session, request, true)) };
    });
    ctx.print(outcome, () => describe(outcome.preview, !outcome.dryRun));
  },
};
