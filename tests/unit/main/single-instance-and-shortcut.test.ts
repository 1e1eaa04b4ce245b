import { describe, expect, it } from 'vitest';
import { secondInstanceActions, singleInstanceStart } from '../../../electron/main/single-instance.ts';
import { DEFAULT_GLOBAL_SHORTCUT } from '../../../electron/contract/limits.ts';
import { DEFAULT_PRE_UNLOCK_SETTINGS } from '../../../electron/core/host-kit/index.ts';
import { isValidGlobalShortcut } from '../../../electron/main/global-shortcut.ts';

describe('single instance', () => {
  it('a second launch quits; the first focuses its window', () => {
    expect(singleInstanceStart(true)).toBe('continue');
    expect(singleInstanceStart(false)).toBe('quit');
    expect(secondInstanceActions({ exists: true, minimized: true, visible: false })).toEqual(['restore', 'show', 'focus']);
    expect(secondInstanceActions({ exists: true, minimized: false, visible: true })).toEqual(['focus']);
    expect(secondInstanceActions({ exists: false, minimized: false, visible: false })).toEqual(['create', 'focus']);
  });
});

describe('global shortcut setting', () => {
  it('the default is valid and avoids well-known defaults of other apps', () => {
    expect(isValidGlobalShortcut(DEFAULT_GLOBAL_SHORTCUT)).toBe(true);
    expect(DEFAULT_PRE_UNLOCK_SETTINGS.globalShortcut).toBe(DEFAULT_GLOBAL_SHORTCUT);
    for (const taken of ['CommandOrControl+Shift+Space', 'CommandOrControl+Shift+L', 'Control+Alt+A', 'Alt+Space', 'Command+Space', 'Control+Alt+T']) {
      expect(DEFAULT_GLOBAL_SHORTCUT.toLowerCase()).not.toBe(taken.toLowerCase());
    }
  });

  it('accepts accelerators with a real modifier and one key; refuses the rest', () => {
    for (const ok of ['CommandOrControl+Alt+K', 'Super+F12', 'Ctrl+Shift+Space', 'Alt+Shift+1']) expect(isValidGlobalShortcut(ok), ok).toBe(true);
    for (const bad of ['K', 'Shift+K', 'Ctrl+Ctrl+K', 'Ctrl+', 'Ctrl+Foo', 'Hyper+K', '', 'Ctrl+K+L', `Ctrl+${'x'.repeat(80)}`]) {
      expect(isValidGlobalShortcut(bad), bad).toBe(false);
    }
  });
});
