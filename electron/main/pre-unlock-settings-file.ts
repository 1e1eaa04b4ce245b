import { z } from 'zod';
import { AUTO_LOCK_MINUTES, CLIPBOARD_CLEAR_SECONDS, GLOBAL_SHORTCUT_MAX } from '../contract/limits.ts';
import { parseJsonText, readJsonFile, writeJsonFile } from '../core/platform/json-file.ts';
import { DEFAULT_SHELL_SETTINGS, type ShellSettings } from './shell-settings.ts';

/**
 * The vault's settings are encrypted, but the shell needs some before the first unlock (start
 * minimised, close to tray, the global shortcut, auto-lock). It keeps a copy of these
 * non-secret settings in userData/shell-settings.json, refreshed whenever the vault is unlocked.
 * A missing or damaged file means the defaults.
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

export function parseShellSettings(text: string): ShellSettings {
  return parseJsonText(text, schema) ?? DEFAULT_SHELL_SETTINGS;
}

export async function loadShellSettings(path: string): Promise<ShellSettings> {
  return (await readJsonFile(path, schema)) ?? DEFAULT_SHELL_SETTINGS;
}

/** Writes atomically (temporary file + rename, mode 0600); the caller reports a failure, never its UI. */
export async function saveShellSettings(path: string, settings: ShellSettings): Promise<void> {
  await writeJsonFile(path, settings);
}
