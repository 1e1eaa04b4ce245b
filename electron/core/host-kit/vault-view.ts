import { trayEntriesFromSummaries, type TrayEntry } from '../tray/index.ts';
import type { VaultService } from '../vault/index.ts';
import { preUnlockSettingsOf } from '../../contract/calls/vault.ts';
import { DEFAULT_PRE_UNLOCK_SETTINGS, type PreUnlockSettings } from './pre-unlock-settings.ts';

/**
 * What a host needs from the vault: lock state, the (non-secret) pre-unlock settings, the tray
 * entries (no secrets), locking (forgets the keys), and being told about every lock, whoever asked.
 */
export interface VaultView {
  isUnlocked(): boolean;
  settings(): PreUnlockSettings;
  trayEntries(): TrayEntry[];
  lock(): void;
  /** Called after every lock. Returns unsubscribe. */
  onLock(listener: () => void): () => void;
}

/**
 * The host's view of the vault. Settings are encrypted in the vault, so while it is locked the
 * host uses the last settings it saw, or `initial` before the first unlock; `onSettingsSeen` is
 * told when they change (Electron main keeps a copy for the next start).
 */
export function vaultView(
  vault: VaultService,
  initial: PreUnlockSettings = DEFAULT_PRE_UNLOCK_SETTINGS,
  onSettingsSeen: (settings: PreUnlockSettings) => void = () => undefined,
): VaultView {
  let lastSettings: PreUnlockSettings = initial;
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
        const next = preUnlockSettingsOf(session.settings());
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
