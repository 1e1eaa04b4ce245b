import type { BrowserWindow } from 'electron';
import type { AutoLock, VaultView, WindowRole } from '../core/host-kit/index.ts';
import type { ElectronDeps } from './electron-deps.ts';
import { APP_ORIGIN } from './install-protocol.ts';
import { secondInstanceActions } from './single-instance.ts';
import { windowOptions, windowUrl, type WindowKind } from './window-options.ts';

export interface AppWindows {
  get(kind: WindowKind): BrowserWindow | undefined;
  /** The role of the window whose web contents sent an IPC call; null for none of ours. */
  roleOf(sender: unknown): WindowRole | null;
  showMain(): void;
  toggleQuickSearch(): void;
  /** Hides the quick-search popup; false when there is none. */
  hideQuickSearch(): boolean;
  /** Hides the popup and reloads every window, so no secret outlives a lock in a renderer's memory. */
  reloadAll(): void;
  /** Opens the main window (hidden when the settings say start minimised). */
  openMain(autoLock: AutoLock, isQuitting: () => boolean): void;
}

/**
 * The windows: hardened options (window-options.ts), content protection, the app's URL. The
 * default application menu is off in a packaged app (finding L10); DevTools follow app.isPackaged.
 */
export function installWindows({ app, BrowserWindow: Window, Menu }: ElectronDeps, vault: VaultView, preloadPath: string): AppWindows {
  if (app.isPackaged) Menu.setApplicationMenu(null);
  const windows = new Map<WindowKind, BrowserWindow>();
  const create = (kind: WindowKind, show: boolean): BrowserWindow => {
    const win = new Window(windowOptions({ kind, preloadPath, show, packaged: app.isPackaged }));
    win.setContentProtection(true);
    windows.set(kind, win);
    win.on('closed', () => windows.delete(kind));
    void win.loadURL(windowUrl(kind, APP_ORIGIN));
    return win;
  };
  const showMain = (): void => {
    const win = windows.get('main');
    for (const action of secondInstanceActions({ exists: win !== undefined, minimized: win?.isMinimized() ?? false, visible: win?.isVisible() ?? false })) {
      if (action === 'create') create('main', true);
      else if (action === 'restore') win?.restore();
      else if (action === 'show') win?.show();
      else windows.get('main')?.focus();
    }
  };
  const toggleQuickSearch = (): void => {
    let popup = windows.get('quick-search');
    if (popup === undefined) {
      const created = create('quick-search', false);
      // A popup: it goes away when it loses focus.
      created.on('blur', () => created.hide());
      popup = created;
    }
    if (popup.isVisible()) popup.hide();
    else {
      popup.show();
      popup.focus();
    }
  };
  app.on('second-instance', showMain);
  app.on('activate', showMain);
  app.on('window-all-closed', () => {
    if (!vault.settings().closeToTray) app.quit();
  });
  return {
    get: (kind) => windows.get(kind),
    roleOf: (sender) => {
      for (const [kind, win] of windows) if (sender !== undefined && sender !== null && win.webContents === sender) return kind;
      return null;
    },
    showMain,
    toggleQuickSearch,
    hideQuickSearch: () => {
      const popup = windows.get('quick-search');
      popup?.hide();
      return popup !== undefined;
    },
    reloadAll: () => {
      windows.get('quick-search')?.hide();
      for (const win of windows.values()) win.webContents.reloadIgnoringCache();
    },
    openMain: (autoLock, isQuitting) => {
      const main = create('main', !vault.settings().startMinimized);
      main.on('minimize', () => autoLock.feed({ type: 'window-minimized' }));
      main.on('close', (event) => {
        if (!isQuitting() && vault.settings().closeToTray) {
          event.preventDefault();
          main.hide();
        }
        autoLock.feed({ type: 'window-closed' });
      });
    },
  };
}
