import { z } from 'zod';
import { call } from '../define-call.ts';
import { EXPORT_FORMATS, IMPORT_FORMATS } from '../limits.ts';

/** Entry fields a generic CSV column can be mapped to. */
export const CSV_FIELDS = ['account', 'secret', 'label', 'provider', 'url', 'notes', 'tags', 'favourite'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Largest import accepted (bytes); base64 text of it is 4/3 longer. */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;

export interface SkippedItem {
  /** "row 3", "entry 5", "item 2": never a value from the file. */
  where: string;
  reason: string;
}

/** One row of an import preview: never the secret. */
export interface PreviewRow {
  where: string;
  status: 'add' | 'duplicate';
  provider: string;
  account: string;
  label: string;
}

export interface ImportPreview {
  adds: number;
  duplicates: number;
  skipped: number;
  rows: PreviewRow[];
  skippedItems: SkippedItem[];
}

export interface ImportResult {
  added: number;
  duplicates: number;
  skipped: number;
  /** Ids of the new entries, in file order. */
  ids: string[];
}

export interface ExportFileResult {
  fileName: string;
  mimeType: string;
  byteLength: number;
  entries: number;
  /** Where the file was written (the path the save dialog returned, shown to the user), else null. */
  path: string | null;
  /** The file as base64 for the renderer to offer as a download (when no file was granted), else null. */
  base64: string | null;
}

/** What a host file dialog returned: an opaque one-time token for the chosen file, and its path to show. */
export interface FileChoice {
  /** Null when the user cancelled. Pass it to the call the file was chosen for; it is used up there. */
  grant: string | null;
  /** The chosen path, for display only: no call takes a path from the renderer. Null when cancelled. */
  path: string | null;
}

const password = z.string().min(1).max(1024);
/** A token from a host file dialog (FileGrants): 24 base64url characters. */
export const fileGrantSchema = z.string().regex(/^[A-Za-z0-9_-]{24}$/, 'a file grant from a file dialog');

const importInput = z
  .strictObject({
    format: z.enum(IMPORT_FORMATS),
    /** The file chosen in the host's open dialog (interop.pickImportFile), or its bytes as base64 (e.g. from <input type=file>). */
    grant: fileGrantSchema.optional(),
    contentBase64: z
      .string()
      .max(Math.ceil(IMPORT_MAX_BYTES / 3) * 4 + 4)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/)
      .optional(),
    /** The file's password (kdbx, json). */
    password: password.optional(),
    /** Generic CSV: entry field → column name. */
    mapping: z.partialRecord(z.enum(CSV_FIELDS), z.string().min(1).max(200)).optional(),
    /** Only these rows of the preview (its `where`, e.g. "row 3"); absent = every row. */
    only: z.array(z.string().min(1).max(40)).max(100_000).optional(),
  })
  .refine((i) => (i.grant === undefined) !== (i.contentBase64 === undefined), { message: 'give exactly one of grant or contentBase64' });

export const interopCalls = {
  /**
   * Shows the host's "save" dialog for an export in `format` (USAGE where there is no dialog:
   * app.info.canPickFiles). The grant goes to interop.exportFile.
   */
  'interop.pickExportFile': call<FileChoice>()(z.strictObject({ format: z.enum(EXPORT_FORMATS) })),
  /** Shows the host's "open" dialog for an import file; the grant goes to previewImport / applyImport. */
  'interop.pickImportFile': call<FileChoice>()(z.strictObject({ format: z.enum(IMPORT_FORMATS) })),
  /**
   * Exports the unlocked vault. kdbx and json need `password` (the export password; `passwordConfirm`,
   * when given, must be the same: USAGE export-password-mismatch); csv needs
   * `confirmPlaintext: true` and the vault's master password again (`masterPassword`). With `grant`
   * (from interop.pickExportFile) the file is written where the user chose (0600, atomically, never
   * over an existing file, no folder created); without, its bytes come back as base64 for a download.
   */
  'interop.exportFile': call<ExportFileResult>()(
    z.strictObject({
      format: z.enum(EXPORT_FORMATS),
      password: password.optional(),
      passwordConfirm: password.optional(),
      confirmPlaintext: z.boolean().optional(),
      masterPassword: password.optional(),
      grant: fileGrantSchema.optional(),
    }),
  ),
  /** Dry run: what the import would add and what duplicates an existing entry. Changes nothing; the grant stays valid for applyImport. */
  'interop.previewImport': call<ImportPreview>()(importInput),
  /** Imports the rows (all, or `only` those chosen) all or nothing: an invalid row or a wrong file password changes nothing (typed error); a CSV row without account or password is skipped. Uses the grant up. */
  'interop.applyImport': call<ImportResult>()(importInput),
};
