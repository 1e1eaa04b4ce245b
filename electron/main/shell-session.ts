import type { TrayEntry } from '../core/tray/index.ts';
import { DEFAULT_SHELL_SETTINGS, type ShellSettings } from './shell-settings.ts';

/**
 * What the shell needs from the vault session: lock state, the settings, the tray/quick-search
 * entries (no secrets), copying one entry's password, and locking (forgets the keys).
 */
export interface ShellSession {
  isUnlocked(): boolean;
  settings(): ShellSettings;
  trayEntries(): TrayEntry[];
  /** The entry's password, for the clipboard guard; also marks it used (session.markCopied). */
  passwordFor(entryId: string): Promise<string>;
  lock(): Promise<void> | void;
}

/** The session before a vault exists or is unlocked: locked, default settings, no entries. */
export function lockedSession(): ShellSession {
  return {
    isUnlocked: () => false,
    settings: () => DEFAULT_SHELL_SETTINGS,
    trayEntries: () => [],
    passwordFor: async () => {
      throw new Error('locked');
    },
    lock: () => undefined,
  };
}
