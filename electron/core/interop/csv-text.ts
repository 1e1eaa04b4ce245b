import { loadPapa } from './load-papa.ts';
import { importInvalid, importTooLarge } from './import-errors.ts';
import type { ImportLimits } from './limits.ts';

export interface CsvTable {
  /** Column names as written in the header row. */
  columns: string[];
  /** Data rows keyed by column name; row numbers in errors count the header as row 1. */
  rows: Record<string, string>[];
}

/**
 * Parses CSV with a header row (papaparse). Quoting errors or a row with a different number of
 * fields than the header stop the import (IMPORT_INVALID naming the row, never its contents).
 */
export async function parseCsv(bytes: Uint8Array, limits: ImportLimits): Promise<CsvTable> {
  if (bytes.length > limits.fileBytes) throw importTooLarge(`the file has ${bytes.length} bytes`, limits.fileBytes);
  let text = Buffer.from(bytes).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Loaded on first use: papaparse stays out of the CLI's start-up.
  const Papa = await loadPapa();
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy', dynamicTyping: false });
  const columns = result.meta.fields ?? [];
  if (columns.length === 0 || columns.every((c) => c.trim() === '')) throw importInvalid('it has no header row');
  const firstError = result.errors[0];
  if (firstError !== undefined) {
    const row = firstError.row === undefined ? undefined : `row ${firstError.row + 2}`;
    const reason = firstError.type === 'FieldMismatch' ? 'the row has a different number of fields than the header' : firstError.type === 'Quotes' ? 'a quoted field is not closed' : 'it is not valid CSV';
    throw importInvalid(reason, row);
  }
  if (result.data.length > limits.entries) throw importTooLarge(`the file has ${result.data.length} rows`, limits.entries);
  return { columns, rows: result.data };
}
