import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { dirname, join } from 'node:path';

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  kdbx: { name: 'KeePass database', extensions: ['kdbx'] },
  json: { name: 'JSON', extensions: ['json'] },
  'bitwarden-json': { name: 'Bitwarden JSON export', extensions: ['json'] },
  'bitwarden-csv': { name: 'Bitwarden CSV export', extensions: ['csv'] },
  csv: { name: 'CSV', extensions: ['csv'] },
};

function filtersFor(format: string): Array<{ name: string; extensions: string[] }> {
  const own = FILTERS[format];
  return [...(own ? [own] : []), { name: 'All files', extensions: ['*'] }];
}

/**
 * Options of the "Export" save dialog (H2: the main process asks where to write, never the renderer):
 * the suggested name in the vault's folder. The dialog itself asks before replacing a file; the core
 * still never writes over one.
 */
export function exportFileDialogOptions(currentVaultPath: string, suggestedName: string, format: string): SaveDialogOptions {
  return {
    title: 'Export the vault',
    defaultPath: join(dirname(currentVaultPath), suggestedName),
    buttonLabel: 'Export',
    properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
    filters: filtersFor(format),
  };
}

/** Options of the "Import" open dialog: one existing file of the format, all files as a fallback. */
export function importFileDialogOptions(currentVaultPath: string, format: string): OpenDialogOptions {
  return {
    title: 'Import entries',
    defaultPath: dirname(currentVaultPath),
    buttonLabel: 'Import',
    properties: ['openFile', 'dontAddToRecent'],
    filters: filtersFor(format),
  };
}

/** Options of the "Update the provider catalog from a file" open dialog: the signed catalog (its FILE.minisig is read beside it). */
export function catalogFileDialogOptions(currentVaultPath: string): OpenDialogOptions {
  return {
    title: 'Update the provider catalog from a file',
    defaultPath: dirname(currentVaultPath),
    buttonLabel: 'Check and install',
    properties: ['openFile', 'dontAddToRecent'],
    filters: [
      { name: 'Signed catalog (with FILE.minisig beside it)', extensions: ['json'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
}

/** The chosen path, or null when the save dialog was cancelled or returned nothing. */
export function pickedSavePath(result: Pick<SaveDialogReturnValue, 'canceled' | 'filePath'>): string | null {
  return result.canceled || result.filePath === undefined || result.filePath === '' ? null : result.filePath;
}

/** The question before an app password goes to a server that is neither in the catalog, nor found by discovery, nor saved with an entry. */
export function mailServerConfirmOptions(host: string, port: number): MessageBoxOptions {
  return {
    type: 'question',
    title: 'Sign-in check',
    message: `Send the app password to ${host}:${port}?`,
    detail: 'AppPass does not know this server from the provider list, the automatic setup or your saved entries. Go ahead only if you typed it yourself from your provider’s help pages.',
    buttons: ['Send and check', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}
