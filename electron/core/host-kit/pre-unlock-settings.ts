import { preUnlockSettingsOf, settingsSchema, type PreUnlockSettings } from '../../contract/calls/vault.ts';

/**
 * The pre-unlock settings (their list: PRE_UNLOCK_SETTING_KEYS in electron/contract/calls/vault.ts);
 * while the vault is locked the host uses the last ones it saw, or these defaults before the first
 * unlock: the vault settings' own defaults (from contract/limits.ts), never a second copy.
 */
export type { PreUnlockSettings };

export const DEFAULT_PRE_UNLOCK_SETTINGS: PreUnlockSettings = preUnlockSettingsOf(settingsSchema.parse({}));
