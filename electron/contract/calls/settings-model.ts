import { z } from 'zod';
import { AUTO_LOCK_MINUTES, CLIPBOARD_CLEAR_SECONDS, DEFAULT_GLOBAL_SHORTCUT, GLOBAL_SHORTCUT_MAX, QUICK_UNLOCK_DAYS, THEMES } from '../limits.ts';

/** The vault's settings (stored encrypted in the vault) and the pre-unlock settings hosts keep. */

/** Vault settings; every field has a default so older vaults gain new settings on open. Limits: ../limits.ts. */
export const settingsSchema = z.object({
  /** Idle minutes before locking; null = never. */
  autoLockMinutes: z.literal(AUTO_LOCK_MINUTES.choices).nullable().default(AUTO_LOCK_MINUTES.default),
  /** Lock when the system suspends. */
  lockOnSleep: z.boolean().default(true),
  /** Lock when the OS screen locks. */
  lockOnScreenLock: z.boolean().default(true),
  /** Lock when the main window is minimised. */
  lockOnMinimize: z.boolean().default(false),
  /** Lock when the main window is closed (to the tray). */
  lockOnClose: z.boolean().default(false),
  /** Seconds until a copied secret is cleared from the clipboard; null = never. */
  clipboardClearSeconds: z.number().int().min(CLIPBOARD_CLEAR_SECONDS.min).max(CLIPBOARD_CLEAR_SECONDS.max).nullable().default(CLIPBOARD_CLEAR_SECONDS.default),
  /** Days the OS-keychain quick unlock works before the master password is asked again. */
  quickUnlockMaxDays: z.number().int().min(QUICK_UNLOCK_DAYS.min).max(QUICK_UNLOCK_DAYS.max).default(QUICK_UNLOCK_DAYS.default),
  closeToTray: z.boolean().default(true),
  startMinimized: z.boolean().default(false),
  globalShortcut: z.string().max(GLOBAL_SHORTCUT_MAX).nullable().default(DEFAULT_GLOBAL_SHORTCUT),
  theme: z.enum(THEMES).default('system'),
  /** Sign in with each entry's app password at most once a day to find revoked ones (off by default). */
  scheduledChecks: z.boolean().default(false),
});
export type VaultSettings = z.output<typeof settingsSchema>;

/**
 * The pre-unlock settings: the vault settings a host needs before (and between) unlocks, while the
 * vault's own settings are encrypted (auto-lock, clipboard clearing, close to tray, start minimised,
 * the global shortcut). None is secret; hosts keep the last ones they saw (core/host-kit).
 */
export const PRE_UNLOCK_SETTING_KEYS = [
  'autoLockMinutes',
  'lockOnSleep',
  'lockOnScreenLock',
  'lockOnMinimize',
  'lockOnClose',
  'clipboardClearSeconds',
  'closeToTray',
  'startMinimized',
  'globalShortcut',
] as const satisfies readonly (keyof VaultSettings)[];
export type PreUnlockSettings = Pick<VaultSettings, (typeof PRE_UNLOCK_SETTING_KEYS)[number]>;

/** The pre-unlock settings out of the vault's settings. */
export function preUnlockSettingsOf(settings: VaultSettings): PreUnlockSettings {
  return Object.fromEntries(PRE_UNLOCK_SETTING_KEYS.map((key) => [key, settings[key]])) as PreUnlockSettings;
}
type OptionalWithoutDefault<S> = { [K in keyof S]: S[K] extends z.ZodDefault<infer T> ? z.ZodOptional<T> : z.ZodOptional<S[K] & z.ZodType> };

/**
 * The settings' fields, optional and WITHOUT their defaults. (`settingsSchema.partial()` would keep
 * the defaults, and zod 4 fills them in for absent keys, so a one-key update would reset every
 * other setting.)
 */
function optionalWithoutDefaults<S extends Record<string, z.ZodType>>(shape: S): OptionalWithoutDefault<S> {
  const out: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(shape)) {
    out[key] = (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field).optional();
  }
  return out as OptionalWithoutDefault<S>;
}

/** A change to some settings: only the keys given are changed. */
export const settingsPatchSchema = z.strictObject(optionalWithoutDefaults(settingsSchema.shape));
