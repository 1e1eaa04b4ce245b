import type { VaultService } from '../core/vault/index.ts';
import { trayEntriesFromSummaries } from '../core/tray/index.ts';
import type { ShellSession } from './shell-session.ts';
import { DEFAULT_SHELL_SETTINGS, type ShellSettings } from './shell-settings.ts';

/**
 * The shell's view of the vault. Settings are encrypted in the vault, so while it is locked the
 * shell uses the last settings it saw (none of them secret), or the defaults before the first unlock.
 */
export function vaultShellSession(
  vault: VaultService,
  initial: ShellSettings = DEFAULT_SHELL_SETTINGS,
  onSettingsSeen: (settings: ShellSettings) => void = () => undefined,
): ShellSession {
  let lastSettings: ShellSettings = initial;
  const unlockedSession = () => {
    try {
      return vault.session();
    } catch {
      return null;
    }
  };
  return {
    isUnlocked: () => unlockedSession() !== null,
    settings: () => {
      const session = unlockedSession();
      if (session) {
        const s = session.settings();
        const next: ShellSettings = {
          autoLockMinutes: s.autoLockMinutes,
          lockOnSleep: s.lockOnSleep,
          lockOnScreenLock: s.lockOnScreenLock,
          lockOnMinimize: s.lockOnMinimize,
          lockOnClose: s.lockOnClose,
          clipboardClearSeconds: s.clipboardClearSeconds,
          closeToTray: s.closeToTray,
          startMinimized: s.startMinimized,
          globalShortcut: s.globalShortcut,
        };
        if (JSON.stringify(next) !== JSON.stringify(lastSettings)) {
          lastSettings = next;
          onSettingsSeen(next);
        }
      }
      return lastSettings;
    },
    trayEntries: () => trayEntriesFromSummaries(unlockedSession()?.list() ?? []),
    lock: () => vault.lock(),
    onLock: (listener) => vault.onLock(listener),
  };
}
