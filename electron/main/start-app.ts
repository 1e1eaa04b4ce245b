import type * as ElectronModule from 'electron';
import type { BrowserWindow as BrowserWindowType, WebContents } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHandlers, createServices } from '../core/api/index.ts';
import { ClipboardGuard, copyEntry } from '../core/clipboard/index.ts';
import { generate } from '../core/generator/index.ts';
import { startVaultPath } from '../core/platform/start-vault-path.ts';
import { loadVaultLocation, rememberVaultLocation, VAULT_LOCATION_FILE } from '../core/platform/vault-location-file.ts';
import { CATALOG } from '../core/providers/catalog/index.ts';
import { trayMenu, type TrayAction } from '../core/tray/index.ts';
import { startAutoLockMonitor } from './auto-lock-monitor.ts';
import { electronClipboardPort } from './clipboard/electron-clipboard-port.ts';
import { registerContract } from './ipc/register-contract.ts';
import { hardeningSwitches } from './process-hardening.ts';
import {
  APP_ORIGIN,
  APP_SCHEME,
  collectHttpsUrls,
  createExternalLinkPolicy,
  navigationGuard,
  permissionDecision,
  resolveRendererPath,
  responseHeaders,
  urlListAllowlist,
  windowOpenHandler,
  windowOptions,
  windowUrl,
  type WindowKind,
} from './security/index.ts';
import { isValidGlobalShortcut, DEFAULT_GLOBAL_SHORTCUT } from './shell-settings.ts';
import { secondInstanceActions, singleInstanceStart } from './single-instance.ts';
import { TRAY_ICON_PNG_BASE64 } from './tray/tray-icon.ts';
import { menuTemplate } from './tray/menu-template.ts';
import { vaultShellSession } from './vault-shell-session.ts';
import { loadShellSettings, saveShellSettings } from './shell-settings-file.ts';
import { afterCalls } from './ipc/after-calls.ts';
import { pickedVaultPath, vaultFileDialogOptions } from './vault-file-dialog.ts';

export type ElectronDeps = typeof ElectronModule;

export interface StartedApp {
  /** 'quit' when another instance already runs (this one hands over and exits). */
  status: 'running' | 'quit';
  lockNow?: (reason: string) => Promise<void>;
}

/**
 * The Electron main process: thin wiring of the pure decisions in ./security, ../core/autolock,
 * ../core/tray and ../core/clipboard. Takes the electron module as a parameter so the wiring
 * test can pass a fake (tests/unit/shell/wiring.test.ts).
 */
export async function startApp(electron: ElectronDeps): Promise<StartedApp> {
  const { app, BrowserWindow, ipcMain, net, protocol, Menu, Tray, nativeImage, globalShortcut, powerMonitor, shell, clipboard, ClipboardItem, Notification } =
    electron;

  // Before ready: sandbox every renderer, hardening switches, the privileged scheme.
  app.enableSandbox();
  for (const [name, value] of hardeningSwitches()) app.commandLine.appendSwitch(name, value);
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

  if (singleInstanceStart(app.requestSingleInstanceLock()) === 'quit') {
    app.quit();
    return { status: 'quit' };
  }

  const isExternalLinkAllowed = createExternalLinkPolicy(urlListAllowlist([...collectHttpsUrls(CATALOG)]));
  const openExternally = (url: string): void => {
    if (isExternalLinkAllowed(url)) void shell.openExternal(url);
  };

  // Every web contents, whenever created: no navigation, no new windows, no webviews.
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      event.preventDefault();
      if (navigationGuard(url, APP_ORIGIN).external) openExternally(url);
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const decision = windowOpenHandler(url, isExternalLinkAllowed);
      if (decision.openExternally) void shell.openExternal(url);
      return { action: decision.action };
    });
  });

  await app.whenReady();

  const appPath = app.getAppPath();
  const rendererDir = join(appPath, 'dist', 'renderer');
  const preloadPath = join(appPath, 'dist', 'preload', 'preload.cjs');

  const ses = electron.session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permissionDecision(permission, details.requestingUrl, APP_ORIGIN)),
  );
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permissionDecision(permission, requestingOrigin, APP_ORIGIN));

  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveRendererPath(rendererDir, request.url, APP_ORIGIN);
    if (file === null) return new Response('Not found', { status: 404 });
    const upstream = await net.fetch(pathToFileURL(file).toString());
    if (!upstream.ok) return new Response('Not found', { status: 404 });
    return new Response(upstream.body, { status: 200, headers: responseHeaders(file) });
  });

  const notify = (body: string): void => {
    if (Notification.isSupported()) new Notification({ title: 'AppPass', body, silent: true }).show();
  };
  const guard = new ClipboardGuard({
    port: electronClipboardPort(clipboard, ClipboardItem, process.platform, () =>
      console.warn('AppPass: the clipboard refused the no-history markers; copied as plain text.'),
    ),
    clearSeconds: () => session.settings().clipboardClearSeconds,
    notify,
  });

  // The vault file: APPPASS_VAULT, else the one the user last opened, else the platform default.
  const locationFile = join(app.getPath('userData'), VAULT_LOCATION_FILE);
  const base = createServices({
    version: app.getVersion(),
    platform: process.platform,
    vaultPath: startVaultPath(process.env, process.platform, app.getPath('home'), await loadVaultLocation(locationFile)),
  });
  const vault = base.vault;
  if (!vault) throw new Error('createServices made no vault service.');
  rememberVaultLocation(vault, locationFile, (message) => console.warn(message));
  const settingsFile = join(app.getPath('userData'), 'shell-settings.json');
  const session = vaultShellSession(vault, await loadShellSettings(settingsFile), (settings) => {
    saveShellSettings(settingsFile, settings).catch(() => console.warn('AppPass: could not save shell-settings.json; defaults apply at the next start.'));
  });
  const windows = new Map<WindowKind, BrowserWindowType>();
  const services = {
    ...base,
    clipboard: guard,
    shell: {
      isExternalLinkAllowed,
      openExternal: (url: string) => shell.openExternal(url),
      hideQuickSearch: () => {
        const popup = windows.get('quick-search');
        popup?.hide();
        return popup !== undefined;
      },
      pickVaultFile: async () => {
        const options = vaultFileDialogOptions(vault.path, 'Open an AppPass vault file');
        const parent = windows.get('main');
        return pickedVaultPath(await (parent ? electron.dialog.showOpenDialog(parent, options) : electron.dialog.showOpenDialog(options)));
      },
    },
  };
  // After any call that can change lock state, entries or settings, the tray, the shortcut and
  // the auto-lock timer follow.
  registerContract(ipcMain, afterCalls(createHandlers(services), ['vault.', 'entries.', 'settings.', 'keychain.'], () => onVaultChanged()), APP_ORIGIN);

  // Windows.
  const createWindow = (kind: WindowKind, show: boolean): BrowserWindowType => {
    const win = new BrowserWindow(windowOptions({ kind, preloadPath, show }));
    win.setContentProtection(true);
    windows.set(kind, win);
    win.on('closed', () => windows.delete(kind));
    void win.loadURL(windowUrl(kind, APP_ORIGIN));
    return win;
  };
  const showMain = (): void => {
    const win = windows.get('main');
    for (const action of secondInstanceActions({ exists: win !== undefined, minimized: win?.isMinimized() ?? false, visible: win?.isVisible() ?? false })) {
      if (action === 'create') createWindow('main', true);
      else if (action === 'restore') win?.restore();
      else if (action === 'show') win?.show();
      else windows.get('main')?.focus();
    }
  };
  const quickSearchWindow = (): BrowserWindowType => {
    const existing = windows.get('quick-search');
    if (existing) return existing;
    const popup = createWindow('quick-search', false);
    // A popup: it goes away when it loses focus.
    popup.on('blur', () => popup.hide());
    return popup;
  };
  const toggleQuickSearch = (): void => {
    const popup = quickSearchWindow();
    if (popup.isVisible()) popup.hide();
    else {
      popup.show();
      popup.focus();
    }
  };

  let quitting = false;
  // Every lock, whoever asked (auto-lock, tray, the renderer's vault.lock): clear our clipboard
  // copy, reload every renderer so no secret outlives the lock in its memory, show the locked tray.
  let lockDone: Promise<void> = Promise.resolve();
  session.onLock(() => {
    lockDone = (async () => {
      windows.get('quick-search')?.hide();
      for (const win of windows.values()) win.webContents.reloadIgnoringCache();
      refreshTray();
      await guard.clearIfOurs('lock').catch(() => false);
    })();
  });
  const lockNow = async (_reason: string): Promise<void> => {
    session.lock();
    await lockDone;
  };

  // Tray.
  const tray = new Tray(nativeImage.createFromDataURL(`data:image/png;base64,${TRAY_ICON_PNG_BASE64}`));
  tray.setToolTip('AppPass');
  const onTrayAction = (action: TrayAction): void => {
    switch (action.type) {
      case 'unlock':
      case 'open':
        showMain();
        return;
      case 'quit':
        app.quit();
        return;
      case 'quick-search':
        toggleQuickSearch();
        return;
      case 'lock':
        void lockNow('tray');
        return;
      case 'generate-and-copy': {
        const { passwords } = generate({ kind: 'alnum' });
        const [password] = passwords;
        if (password !== undefined) void guard.copy(password);
        return;
      }
      case 'copy-password':
        copyEntry(vault, guard, action.entryId)
          .then(refreshTray)
          .catch(() => notify('That entry could not be copied. Open AppPass and try again.'));
        return;
    }
  };
  function refreshTray(): void {
    const state = session.isUnlocked() ? { locked: false as const, entries: session.trayEntries() } : { locked: true as const };
    tray.setContextMenu(Menu.buildFromTemplate(menuTemplate(trayMenu(state), onTrayAction)));
  }
  refreshTray();

  // Global shortcut for the quick-search popup (works with the main window closed).
  let shortcut: string | null = null;
  const registerShortcut = (): void => {
    const wanted = session.settings().globalShortcut;
    const accelerator = wanted === null ? null : isValidGlobalShortcut(wanted) ? wanted : DEFAULT_GLOBAL_SHORTCUT;
    if (accelerator === shortcut) return;
    if (shortcut !== null) globalShortcut.unregister(shortcut);
    shortcut = accelerator;
    if (accelerator !== null && !globalShortcut.register(accelerator, toggleQuickSearch)) {
      console.warn(`AppPass: the quick-search shortcut ${accelerator} is taken by another app; choose another in Settings.`);
    }
  };
  registerShortcut();

  // Auto-lock.
  const autoLock = startAutoLockMonitor({
    powerMonitor,
    settings: () => session.settings(),
    isUnlocked: () => session.isUnlocked(),
    lock: (reason) => void lockNow(reason),
  });

  function onVaultChanged(): void {
    refreshTray();
    registerShortcut();
    autoLock.restart();
  }

  // Main window; close to tray and start minimised are settings.
  const main = createWindow('main', !session.settings().startMinimized);
  main.on('minimize', () => autoLock.feed({ type: 'window-minimized' }));
  main.on('close', (event) => {
    if (!quitting && session.settings().closeToTray) {
      event.preventDefault();
      main.hide();
    }
    autoLock.feed({ type: 'window-closed' });
  });

  app.on('second-instance', showMain);
  app.on('activate', showMain);
  app.on('window-all-closed', () => {
    if (!session.settings().closeToTray) app.quit();
  });
  app.on('before-quit', (event) => {
    if (quitting) return;
    // Clear the clipboard (if it still holds our copy) before the process goes.
    quitting = true;
    event.preventDefault();
    autoLock.stop();
    void guard.dispose().finally(() => app.quit());
  });
  app.on('will-quit', () => globalShortcut.unregisterAll());

  return { status: 'running', lockNow };
}
