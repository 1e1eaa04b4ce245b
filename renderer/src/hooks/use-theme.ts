import { useEffect } from 'react';

export type Theme = 'system' | 'light' | 'dark';
const KEY = 'apppass.theme';

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

export function rememberedTheme(): Theme {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

export function useTheme(theme: Theme | null): void {
  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);
}
