import { AppError } from '../errors/index.ts';
import type { VaultSession } from '../vault/index.ts';
import { sealBackup } from './backup-envelope.ts';
import { entriesToCsv } from './csv-export.ts';
import type { ExportFormat } from '../../contract/limits.ts';
import { entriesOf } from './import-plan.ts';
import { entriesToKdbx } from './kdbx-export.ts';

export interface ExportOptions {
  /** The export password (kdbx, json); chosen by the user, never the master password's twin by force. */
  password?: string;
  /** The export password typed a second time (the app asks twice); must equal `password` when given. */
  passwordConfirm?: string;
  /** Required true for csv: the user confirmed that the file is unencrypted. */
  confirmPlaintext?: boolean;
  now?: () => Date;
}

export interface ExportedFile {
  bytes: Buffer;
  fileName: string;
  mimeType: string;
  entries: number;
}

const MIME: Record<ExportFormat, string> = { kdbx: 'application/x-keepass2', json: 'application/json', csv: 'text/csv' };
const EXTENSION: Record<ExportFormat, string> = { kdbx: 'kdbx', json: 'apppass-backup.json', csv: 'csv' };

/** The file name an export gets (and a save dialog suggests): apppass-YYYY-MM-DD.<ext>. */
export function exportFileName(format: ExportFormat, now: Date = new Date()): string {
  return `apppass-${now.toISOString().slice(0, 10)}.${EXTENSION[format]}`;
}

/**
 * USAGE when the export password was typed twice and the two differ: a typo would make the file
 * unopenable. Checked before anything is written or a file choice is used up.
 */
export function checkExportPasswordTwice(password: string | undefined, passwordConfirm: string | undefined): void {
  if (passwordConfirm === undefined || passwordConfirm === password) return;
  throw new AppError('USAGE', 'The two export passwords are not the same. Type the same password in both fields; nothing was exported.', {
    details: { reason: 'export-password-mismatch' },
  });
}

/**
 * Serialises the whole vault. kdbx and json are encrypted under `password` with Argon2id at the
 * vault's own parameters (never weaker); csv is plain text and needs `confirmPlaintext`.
 */
export async function exportVault(session: VaultSession, format: ExportFormat, options: ExportOptions = {}): Promise<ExportedFile> {
  const now = (options.now ?? (() => new Date()))();
  const entries = entriesOf(session);
  const fileName = exportFileName(format, now);
  if (format === 'csv') {
    if (options.confirmPlaintext !== true) {
      throw new AppError('USAGE', 'A CSV export is NOT encrypted: every app password is readable by anyone who gets the file. Confirm that explicitly (CLI: --yes-plaintext), or export as kdbx or json.');
    }
    return { bytes: await entriesToCsv(entries), fileName, mimeType: MIME.csv, entries: entries.length };
  }
  const password = options.password ?? '';
  checkExportPasswordTwice(options.password, options.passwordConfirm);
  if (password === '') throw new AppError('USAGE', `The ${format} export needs an export password. Choose one and keep it: without it the file cannot be opened.`);
  const kdf = session.kdfParams();
  if (format === 'kdbx') {
    return { bytes: Buffer.from(await entriesToKdbx(entries, password, kdf)), fileName, mimeType: MIME.kdbx, entries: entries.length };
  }
  const bytes = await sealBackup({ exportedAt: now.toISOString(), vaultId: session.vaultId, entries, settings: session.settings(), activity: session.activity() }, password, kdf);
  return { bytes, fileName, mimeType: MIME.json, entries: entries.length };
}
