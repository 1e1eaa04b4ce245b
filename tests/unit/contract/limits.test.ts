import { describe, expect, it } from 'vitest';
import { PRE_UNLOCK_SETTING_KEYS, preUnlockSettingsOf, settingsSchema, settingsPatchSchema, vaultCalls } from '../../../electron/contract/calls/vault.ts';
import { DEFAULT_PRE_UNLOCK_SETTINGS } from '../../../electron/core/host-kit/pre-unlock-settings.ts';
import { generatorOptionsSchema } from '../../../electron/contract/calls/generator.ts';
import {
  AUTO_LOCK_MINUTES,
  CLIPBOARD_CLEAR_SECONDS,
  DEFAULT_GLOBAL_SHORTCUT,
  GENERATOR_LIMITS,
  MASTER_PASSWORD_MIN_LENGTH,
  QUICK_UNLOCK_DAYS,
} from '../../../electron/contract/limits.ts';
import { DEFAULT_AUTO_LOCK_SETTINGS } from '../../../electron/core/autolock/index.ts';

// The schemas and the core's defaults are built from limits.ts: a change there reaches every one of them.
describe('contract/limits.ts is the one home of the settings limits', () => {
  it('the vault settings take their defaults from it', () => {
    const defaults = settingsSchema.parse({});
    expect(defaults.autoLockMinutes).toBe(AUTO_LOCK_MINUTES.default);
    expect(defaults.clipboardClearSeconds).toBe(CLIPBOARD_CLEAR_SECONDS.default);
    expect(defaults.quickUnlockMaxDays).toBe(QUICK_UNLOCK_DAYS.default);
    expect(defaults.globalShortcut).toBe(DEFAULT_GLOBAL_SHORTCUT);
  });

  it('the vault settings accept exactly its ranges and choices', () => {
    const ok = (patch: object) => settingsPatchSchema.safeParse(patch).success;
    for (const minutes of AUTO_LOCK_MINUTES.choices) expect(ok({ autoLockMinutes: minutes })).toBe(true);
    expect(ok({ autoLockMinutes: 2 })).toBe(false);
    expect(ok({ clipboardClearSeconds: CLIPBOARD_CLEAR_SECONDS.min })).toBe(true);
    expect(ok({ clipboardClearSeconds: CLIPBOARD_CLEAR_SECONDS.min - 1 })).toBe(false);
    expect(ok({ clipboardClearSeconds: CLIPBOARD_CLEAR_SECONDS.max })).toBe(true);
    expect(ok({ clipboardClearSeconds: CLIPBOARD_CLEAR_SECONDS.max + 1 })).toBe(false);
    expect(ok({ quickUnlockMaxDays: QUICK_UNLOCK_DAYS.max + 1 })).toBe(false);
  });

  it('every choice the settings screen offers is inside its range', () => {
    for (const s of CLIPBOARD_CLEAR_SECONDS.choices) expect(s >= CLIPBOARD_CLEAR_SECONDS.min && s <= CLIPBOARD_CLEAR_SECONDS.max, String(s)).toBe(true);
    for (const d of QUICK_UNLOCK_DAYS.choices) expect(d >= QUICK_UNLOCK_DAYS.min && d <= QUICK_UNLOCK_DAYS.max, String(d)).toBe(true);
    expect(CLIPBOARD_CLEAR_SECONDS.choices).toContain(CLIPBOARD_CLEAR_SECONDS.default);
    expect(QUICK_UNLOCK_DAYS.choices).toContain(QUICK_UNLOCK_DAYS.default);
    expect(AUTO_LOCK_MINUTES.choices).toContain(AUTO_LOCK_MINUTES.default);
  });

  it('the auto-lock defaults of the core come from it', () => {
    expect(DEFAULT_AUTO_LOCK_SETTINGS.autoLockMinutes).toBe(AUTO_LOCK_MINUTES.default);
  });

  it('the pre-unlock settings are the named vault settings, with the vault defaults before the first unlock', () => {
    const defaults = settingsSchema.parse({});
    expect(DEFAULT_PRE_UNLOCK_SETTINGS).toEqual(Object.fromEntries(PRE_UNLOCK_SETTING_KEYS.map((k) => [k, defaults[k]])));
    const changed = settingsSchema.parse({ clipboardClearSeconds: 45, theme: 'dark', globalShortcut: null });
    const picked = preUnlockSettingsOf(changed);
    expect(Object.keys(picked)).toEqual([...PRE_UNLOCK_SETTING_KEYS]);
    expect(picked).toMatchObject({ clipboardClearSeconds: 45, globalShortcut: null });
    expect(picked).not.toHaveProperty('theme');
  });

  it('a new master password needs its minimum length', () => {
    const create = vaultCalls['vault.create'].input;
    expect(create.safeParse({ password: 'x'.repeat(MASTER_PASSWORD_MIN_LENGTH) }).success).toBe(true);
    expect(create.safeParse({ password: 'x'.repeat(MASTER_PASSWORD_MIN_LENGTH - 1) }).success).toBe(false);
  });

  it('the generator options schema holds its limits', () => {
    const ok = (o: object) => generatorOptionsSchema.safeParse(o).success;
    expect(ok({ kind: 'pin', length: GENERATOR_LIMITS.pin.max })).toBe(true);
    expect(ok({ kind: 'pin', length: GENERATOR_LIMITS.pin.max + 1 })).toBe(false);
    expect(ok({ kind: 'alnum', length: GENERATOR_LIMITS.alnum.min - 1 })).toBe(false);
    expect(ok({ kind: 'passphrase', words: GENERATOR_LIMITS.passphrase.max + 1 })).toBe(false);
    expect(ok({ kind: 'passphrase', separator: 'x'.repeat(GENERATOR_LIMITS.separatorMax + 1) })).toBe(false);
  });
});
