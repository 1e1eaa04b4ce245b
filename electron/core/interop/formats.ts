/** What `apppass export` / interop.exportFile write. */
export const EXPORT_FORMATS = ['kdbx', 'json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What `apppass import` / interop.previewImport read. `json` is AppPass's own encrypted backup. */
export const IMPORT_FORMATS = ['kdbx', 'json', 'bitwarden-json', 'bitwarden-csv', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Formats whose file has a password (line 2 of stdin in the CLI). */
export function needsPassword(format: ImportFormat | ExportFormat): boolean {
  return format === 'kdbx' || format === 'json';
}
