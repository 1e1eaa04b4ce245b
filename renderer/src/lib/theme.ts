import { THEME_STORAGE_KEY, THEMES, type Theme } from '../../../electron/contract/limits.ts';

const KEY = THEME_STORAGE_KEY;

/** Applies the theme setting; 'system' follows prefers-color-scheme. Remembered (not secret) for the lock screen. */
export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // Storage may be off; the theme still applies for this session.
  }
}

/** The theme last applied on this computer, for the screens shown before the vault's settings can be read. */
export function rememberedTheme(): Theme {
  try {
    const v = localStorage.getItem(KEY);
    return (THEMES as readonly (string | null)[]).includes(v) ? (v as Theme) : 'system';
  } catch {
    return 'system';
  }
}
