import { openBackup } from './backup-envelope.ts';
import { readBitwardenCsv } from './bitwarden-csv.ts';
import { readBitwardenJson } from './bitwarden-json.ts';
import { readGenericCsv, type CsvMapping } from './generic-csv.ts';
import { makeCandidate, type ParsedImport } from './import-candidate.ts';
import { importInvalid, importTooLarge } from './import-errors.ts';
import { readKdbx } from './kdbx-import.ts';
import { IMPORT_LIMITS, type ImportLimits } from './limits.ts';
import { needsPassword, type ImportFormat } from '../../contract/limits.ts';

export interface ParseOptions {
  /** The file's password (kdbx, json). */
  password?: string;
  /** Column mapping for generic CSV. */
  mapping?: CsvMapping;
  limits?: ImportLimits;
}

/** Reads an import file of `format` into candidates (nothing touches the vault). */
export async function parseImport(format: ImportFormat, bytes: Uint8Array, options: ParseOptions = {}): Promise<ParsedImport> {
  const limits = options.limits ?? IMPORT_LIMITS;
  if (bytes.length > limits.fileBytes) throw importTooLarge(`the file has ${bytes.length} bytes`, limits.fileBytes);
  if (needsPassword(format) && (options.password === undefined || options.password === '')) throw importInvalid("the file's password is needed");
  const password = options.password ?? '';
  switch (format) {
    case 'kdbx':
      return readKdbx(bytes, password, limits);
    case 'json': {
      const backup = await openBackup(bytes, password);
      if (backup.entries.length > limits.entries) throw importTooLarge(`the backup has ${backup.entries.length} entries`, limits.entries);
      return {
        candidates: backup.entries.map((e, i) => {
          const { id, created, updated, lastCopied, revoked, secret, ...input } = e;
          return makeCandidate(`entry ${i + 1}`, { ...input, secret }, { id, created, updated, lastCopied, revoked });
        }),
        skipped: [],
      };
    }
    case 'bitwarden-json':
      return readBitwardenJson(bytes, limits);
    case 'bitwarden-csv':
      return readBitwardenCsv(bytes, limits);
    case 'csv':
      return readGenericCsv(bytes, options.mapping, limits);
  }
}
