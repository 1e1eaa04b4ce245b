import type { TrayEntry } from '../core/tray/index.ts';
import type { ShellSettings } from './shell-settings.ts';

/**
 * What the shell needs from the vault: lock state, the (non-secret) settings, the tray entries
 * (no secrets), locking (forgets the keys), and being told about every lock, whoever asked for it.
 * Implemented over VaultService by vault-shell-session.ts.
 */
export interface ShellSession {
  isUnlocked(): boolean;
  settings(): ShellSettings;
  trayEntries(): TrayEntry[];
  lock(): void;
  /** Called after every lock. Returns unsubscribe. */
  onLock(listener: () => void): () => void;
}
