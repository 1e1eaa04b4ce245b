import { z } from 'zod';
import { AUTO_LOCK_MINUTES, CLIPBOARD_CLEAR_SECONDS, GLOBAL_SHORTCUT_MAX } from '../contract/limits.ts';
import { parseJsonText, readJsonFile, writeJsonFile } from '../core/platform/json-file.ts';
import { DEFAULT_PRE_UNLOCK_SETTINGS, type PreUnlockSettings } from '../core/host-kit/index.ts';

/** Where Electron main keeps its copy of the pre-unlock settings, in userData. */
export const PRE_UNLOCK_SETTINGS_FILE = 'pre-unlock-settings.json';

/**
 * The vault's settings are encrypted, but Electron main needs some before the first unlock (start
 * minimised, close to tray, the global shortcut, auto-lock). It keeps a copy of these non-secret
 * settings in userData/pre-unlock-settings.json, refreshed whenever the vault is unlocked. A
 * missing or damaged file means the defaults.
 */
const schema = z.strictObject({
  autoLockMinutes: z.literal(AUTO_LOCK_MINUTES.choices).nullable(),
  lockOnSleep: z.boolean(),
  lockOnScreenLock: z.boolean(),
  lockOnMinimize: z.boolean(),
  lockOnClose: z.boolean(),
  clipboardClearSeconds: z.number().int().min(CLIPBOARD_CLEAR_SECONDS.min).max(CLIPBOARD_CLEAR_SECONDS.max).nullable(),
  closeToTray: z.boolean(),
  startMinimized: z.boolean(),
  globalShortcut: z.string().max(GLOBAL_SHORTCUT_MAX).nullable(),
});

export function parsePreUnlockSettings(text: string): PreUnlockSettings {
  return parseJsonText(text, schema) ?? DEFAULT_PRE_UNLOCK_SETTINGS;
}

export async function loadPreUnlockSettings(path: string): Promise<PreUnlockSettings> {
  return (await readJsonFile(path, schema)) ?? DEFAULT_PRE_UNLOCK_SETTINGS;
}

/** Writes atomically (temporary file + rename, mode 0600); the caller reports a failure, never its UI. */
export async function savePreUnlockSettings(path: string, settings: PreUnlockSettings): Promise<void> {
  await writeJsonFile(path, settings);
}
