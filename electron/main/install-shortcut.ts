import { DEFAULT_GLOBAL_SHORTCUT } from '../contract/limits.ts';
import type { HostLog, VaultView } from '../core/host-kit/index.ts';
import type { ElectronDeps } from './electron-deps.ts';
import { isValidGlobalShortcut } from './global-shortcut.ts';

/**
 * The global shortcut for the quick-search popup (works with the main window closed). Returns
 * `refresh`, which follows the shortcut setting (call after the settings may have changed).
 */
export function installShortcut({ app, globalShortcut }: ElectronDeps, vault: VaultView, toggleQuickSearch: () => void, log: HostLog): () => void {
  let shortcut: string | null = null;
  const refresh = (): void => {
    const wanted = vault.settings().globalShortcut;
    const accelerator = wanted === null ? null : isValidGlobalShortcut(wanted) ? wanted : DEFAULT_GLOBAL_SHORTCUT;
    if (accelerator === shortcut) return;
    if (shortcut !== null) globalShortcut.unregister(shortcut);
    shortcut = accelerator;
    if (accelerator !== null && !globalShortcut.register(accelerator, toggleQuickSearch)) {
      log.warn(`the quick-search shortcut ${accelerator} is taken by another app; choose another in Settings.`);
    }
  };
  refresh();
  app.on('will-quit', () => globalShortcut.unregisterAll());
  return refresh;
}
