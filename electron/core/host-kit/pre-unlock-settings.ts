import { CLIPBOARD_CLEAR_SECONDS, DEFAULT_GLOBAL_SHORTCUT } from '../../contract/limits.ts';
import { DEFAULT_AUTO_LOCK_SETTINGS, type AutoLockSettings } from '../autolock/index.ts';

/**
 * The vault settings a host needs before (and between) unlocks: auto-lock, clipboard clearing,
 * close to tray, start minimised, the global shortcut. None is secret. Names match the vault's
 * settings (settingsSchema in electron/contract/calls/vault.ts); while the vault is locked the host uses the
 * last ones it saw, or these defaults before the first unlock.
 */
export interface PreUnlockSettings extends AutoLockSettings {
  /** null = never clear by timer (still cleared on lock and quit). */
  clipboardClearSeconds: number | null;
  closeToTray: boolean;
  startMinimized: boolean;
  /** null = no global shortcut. */
  globalShortcut: string | null;
}

export const DEFAULT_PRE_UNLOCK_SETTINGS: PreUnlockSettings = {
  ...DEFAULT_AUTO_LOCK_SETTINGS,
  clipboardClearSeconds: CLIPBOARD_CLEAR_SECONDS.default,
  closeToTray: true,
  startMinimized: false,
  globalShortcut: DEFAULT_GLOBAL_SHORTCUT,
};
