// Entry point of the Electron main process (bundled to dist/main/main.cjs): wiring only, one
// installX() per concern, in order. What both hosts do is in the host kit (core/host-kit).
import * as electron from 'electron';
import { join } from 'node:path';
import { createHandlers } from '../core/api/index.ts';
import { createHostLog, openStartVault, startCopyWatch, vaultView } from '../core/host-kit/index.ts';
import type { ElectronDeps } from './electron-deps.ts';
import { installAutoLock } from './install-auto-lock.ts';
import { installClipboard } from './install-clipboard.ts';
import { installHardening } from './install-hardening.ts';
import { installIpc } from './install-ipc.ts';
import { installProtocol, registerAppScheme } from './install-protocol.ts';
import { installShortcut } from './install-shortcut.ts';
import { installTray } from './install-tray.ts';
import { installWebGuards } from './install-web-guards.ts';
import { installWindows } from './install-windows.ts';
import { loadPreUnlockSettings, PRE_UNLOCK_SETTINGS_FILE, savePreUnlockSettings } from './pre-unlock-settings-file.ts';
import { shellService } from './shell-service.ts';

export interface StartedApp {
  /** 'quit' when another instance already runs (this one hands over and exits). */
  status: 'running' | 'quit';
  lockNow?: (reason: string) => Promise<void>;
}

/** Starts AppPass in Electron. Takes the electron module so tests can pass a fake. */
export async function startApp(deps: ElectronDeps): Promise<StartedApp> {
  const { app } = deps;
  const log = createHostLog();
  if (!installHardening(deps)) return { status: 'quit' };
  registerAppScheme(deps);
  await app.whenReady();

  const links = installWebGuards(deps);
  installProtocol(deps, join(app.getAppPath(), 'dist', 'renderer'), log);

  const userData = app.getPath('userData');
  const services = await openStartVault({ version: app.getVersion(), platform: process.platform, env: process.env, home: app.getPath('home'), stateDir: userData, log });
  // Copies of the vault from other computers merge on unlock and when its folder changes (docs/sync.md).
  const copyWatch = startCopyWatch({ services, log });
  const settingsFile = join(userData, PRE_UNLOCK_SETTINGS_FILE);
  const view = vaultView(services.vault, await loadPreUnlockSettings(settingsFile), (settings) => {
    savePreUnlockSettings(settingsFile, settings).catch(() => log.warn(`could not save ${PRE_UNLOCK_SETTINGS_FILE}; defaults apply at the next start.`));
  });

  const clipboard = installClipboard(deps, view, log);
  const windows = installWindows(deps, view, join(app.getAppPath(), 'dist', 'preload', 'preload.cjs'));
  const lockNow = async (_reason: string): Promise<void> => {
    view.lock();
    await clipboard.lockCleared();
  };
  view.onLock(() => windows.reloadAll());

  // File dialogs that hand the renderer tokens instead of paths install here: after the windows
  // (their parent), before the IPC table that serves them.
  const followers: Array<() => void> = [];
  const handlers = createHandlers({ ...services, clipboard: clipboard.guard, shell: shellService(deps, windows, services.vault, links.isExternalLinkAllowed) });
  installIpc(deps, handlers, windows, () => followers.forEach((follow) => follow()), log);

  // A program waits for approval (`apppass get`): bring the window up, where the prompt shows.
  services.agent?.onPending(() => windows.showMain());
  const refreshTray = installTray(deps, { vault: services.vault, view, windows, guard: clipboard.guard, notify: clipboard.notify, lockNow });
  view.onLock(refreshTray);
  const refreshShortcut = installShortcut(deps, view, windows.toggleQuickSearch, log);
  const autoLock = installAutoLock(deps, view, (reason) => void lockNow(reason));
  followers.push(refreshTray, refreshShortcut, () => autoLock.settingsChanged());

  let quitting = false;
  windows.openMain(autoLock, () => quitting);
  app.on('before-quit', (event) => {
    if (quitting) return;
    // Clear the clipboard (if it still holds our copy) before the process goes.
    quitting = true;
    event.preventDefault();
    autoLock.stop();
    copyWatch.stop();
    // The `apppass get` agent (issue 19) closes its socket with the app.
    const agentStopped = services.agent?.stop().catch(() => undefined) ?? Promise.resolve();
    void Promise.all([clipboard.guard.dispose(), agentStopped]).finally(() => app.quit());
  });
  return { status: 'running', lockNow };
}

/** Settles once the app is running (or has handed over to an instance already running). */
export const ready: Promise<StartedApp> = startApp(electron).catch((error: unknown): StartedApp => {
  // No secret can be in here: nothing secret exists before the vault is unlocked through IPC.
  console.error('AppPass failed to start:', error instanceof Error ? error.message : 'unknown error');
  electron.app.exit(1);
  return { status: 'quit' };
});
