import { settingsSchema, type VaultSettings } from '../../contract/calls/vault.ts';

/** The settings the auto-lock rules read: the vault's own (their meaning and defaults: settingsSchema). */
export type AutoLockSettings = Pick<VaultSettings, 'autoLockMinutes' | 'lockOnSleep' | 'lockOnScreenLock' | 'lockOnMinimize' | 'lockOnClose'>;

const defaults = settingsSchema.parse({});

/** The vault settings' defaults (auto-lock after AUTO_LOCK_MINUTES.default, on sleep and on screen lock). */
export const DEFAULT_AUTO_LOCK_SETTINGS: AutoLockSettings = {
  autoLockMinutes: defaults.autoLockMinutes,
  lockOnSleep: defaults.lockOnSleep,
  lockOnScreenLock: defaults.lockOnScreenLock,
  lockOnMinimize: defaults.lockOnMinimize,
  lockOnClose: defaults.lockOnClose,
};
