/** Idle minutes the user can pick; null = never lock on idle. Same values as the vault's autoLockMinutes. */
export const AUTO_LOCK_MINUTES = [1, 5, 15, 30, 60, 240] as const;
export type AutoLockMinutes = (typeof AUTO_LOCK_MINUTES)[number] | null;
export const DEFAULT_AUTO_LOCK_MINUTES: AutoLockMinutes = 15;

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
  autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES,
  lockOnSleep: true,
  lockOnScreenLock: true,
  lockOnMinimize: false,
  lockOnClose: false,
};
