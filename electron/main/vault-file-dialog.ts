import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { dirname } from 'node:path';

/**
 * Options of the "Open a vault file" dialog: one existing file, AppPass vaults first, all files as
 * a fallback (a vault renamed without its extension still opens), starting in the current vault's folder.
 */
export function vaultFileDialogOptions(currentVaultPath: string, title: string): OpenDialogOptions {
  return {
    title,
    defaultPath: dirname(currentVaultPath),
    buttonLabel: 'Open',
    properties: ['openFile', 'dontAddToRecent'],
    filters: [
      { name: 'AppPass vault', extensions: ['apppass'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
}

/** The one chosen path, or null when the dialog was cancelled or returned nothing. */
export function pickedVaultPath(result: Pick<OpenDialogReturnValue, 'canceled' | 'filePaths'>): string | null {
  if (result.canceled) return null;
  const [first] = result.filePaths;
  return first !== undefined && first !== '' ? first : null;
}
