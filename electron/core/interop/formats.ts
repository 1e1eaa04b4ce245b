import type { ExportFormat, ImportFormat } from '../../contract/calls/interop.ts';

export { EXPORT_FORMATS, IMPORT_FORMATS, type ExportFormat, type ImportFormat } from '../../contract/calls/interop.ts';

/** Formats whose file has a password (line 2 of stdin in the CLI). */
export function needsPassword(format: ImportFormat | ExportFormat): boolean {
  return format === 'kdbx' || format === 'json';
}
