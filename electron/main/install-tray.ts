import { copyEntry } from '../core/clipboard/index.ts';
import type { ClipboardGuard } from '../core/clipboard/index.ts';
import { generate } from '../core/generator/index.ts';
import type { VaultView } from '../core/host-kit/index.ts';
import { trayMenu, type TrayAction } from '../core/tray/index.ts';
import type { VaultService } from '../core/vault/index.ts';
import type { ElectronDeps } from './electron-deps.ts';
import type { AppWindows } from './install-windows.ts';
import { TRAY_ICON_PNG_BASE64 } from './tray-icon.ts';
import { menuTemplate } from './tray-menu-template.ts';

export interface TrayDeps {
  vault: VaultService;
  view: VaultView;
  windows: AppWindows;
  guard: ClipboardGuard;
  notify: (body: string) => void;
  lockNow: (reason: string) => Promise<void>;
}

/** The tray icon and its menu (the pure model in core/tray). Returns `refresh`, which rebuilds the menu. */
export function installTray({ app, Tray, Menu, nativeImage }: ElectronDeps, deps: TrayDeps): () => void {
  const tray = new Tray(nativeImage.createFromDataURL(`data:image/png;base64,${TRAY_ICON_PNG_BASE64}`));
  tray.setToolTip('AppPass');
  const onAction = (action: TrayAction): void => {
    switch (action.type) {
      case 'unlock':
      case 'open':
        deps.windows.showMain();
        return;
      case 'quit':
        app.quit();
        return;
      case 'quick-search':
        deps.windows.toggleQuickSearch();
        return;
      case 'lock':
        void deps.lockNow('tray');
        return;
      case 'generate-and-copy': {
        const [password] = generate({ kind: 'alnum' }).passwords;
        if (password !== undefined) void deps.guard.copy(password);
        return;
      }
      case 'copy-password':
        copyEntry(deps.vault, deps.guard, action.entryId)
          .then(refresh)
          .catch(() => deps.notify('That entry could not be copied. Open AppPass and try again.'));
        return;
    }
  };
  function refresh(): void {
    const state = deps.view.isUnlocked() ? { locked: false as const, entries: deps.view.trayEntries() } : { locked: true as const };
    tray.setContextMenu(Menu.buildFromTemplate(menuTemplate(trayMenu(state), onAction)));
  }
  refresh();
  return refresh;
}
