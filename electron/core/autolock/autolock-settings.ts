import { AUTO_LOCK_MINUTES, type AutoLockMinutes } from '../../contract/limits.ts';

/** The settings the auto-lock rules read (names match the vault's settings). */
export interface AutoLockSettings {
  autoLockMinutes: AutoLockMinutes;
  /** Lock when the system suspends (default on). */
  lockOnSleep: boolean;
  /** Lock when the OS screen locks (default on). */
  lockOnScreenLock: boolean;
  /** Lock when the main window is minimised. */
  lockOnMinimize: boolean;
  /** Lock when the main window is closed (to the tray). */
  lockOnClose: boolean;
}

export const DEFAULT_AUTO_LOCK_SETTINGS: AutoLockSettings = {
  autoLockMinutes: AUTO_LOCK_MINUTES.default,
  lockOnSleep: true,
  lockOnScreenLock: true,
  lockOnMinimize: false,
  lockOnClose: false,
};
