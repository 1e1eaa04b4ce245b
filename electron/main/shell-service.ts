import type { ShellService } from '../core/api/index.ts';
import type { VaultService } from '../core/vault/index.ts';
import type { ElectronDeps } from './electron-deps.ts';
import type { AppWindows } from './install-windows.ts';
import { catalogFileDialogOptions, exportFileDialogOptions, importFileDialogOptions, mailServerConfirmOptions, pickedSavePath } from './host-dialogs.ts';
import { pickedVaultPath, vaultFileDialogOptions } from './vault-file-dialog.ts';

/** What the shell.* calls get from Electron: the OS browser for allowed links, the popup, the open/save dialogs. */
export function shellService({ shell, dialog }: ElectronDeps, windows: AppWindows, vault: VaultService, isExternalLinkAllowed: (url: string) => boolean): ShellService {
  return {
    isExternalLinkAllowed,
    openExternal: (url) => shell.openExternal(url),
    hideQuickSearch: () => windows.hideQuickSearch(),
    pickVaultFile: async () => {
      const options = vaultFileDialogOptions(vault.path, 'Open an AppPass vault file');
      const parent = windows.get('main');
      return pickedVaultPath(await (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options)));
    },
    // Export and import files are chosen here, in the main process; the core hands the renderer a grant (H2).
    pickExportPath: async (suggestedName, format) => {
      const options = exportFileDialogOptions(vault.path, suggestedName, format);
      const parent = windows.get('main');
      return pickedSavePath(await (parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options)));
    },
    // A sign-in check to a server AppPass does not know: the user says yes in a native dialog (M5).
    confirmMailServer: async (host, port) => {
      const options = mailServerConfirmOptions(host, port);
      const parent = windows.get('main');
      const { response } = await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
      return response === 0;
    },
    pickCatalogPath: async () => {
      const options = catalogFileDialogOptions(vault.path);
      const parent = windows.get('main');
      return pickedVaultPath(await (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options)));
    },
    pickImportPath: async (format) => {
      const options = importFileDialogOptions(vault.path, format);
      const parent = windows.get('main');
      return pickedVaultPath(await (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options)));
    },
  };
}
