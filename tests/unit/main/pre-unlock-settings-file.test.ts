import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadShellSettings, parseShellSettings, saveShellSettings } from '../../../electron/main/shell-settings-file.ts';
import { DEFAULT_SHELL_SETTINGS, type ShellSettings } from '../../../electron/main/shell-settings.ts';

describe('shell-settings.json', () => {
  it('round-trips, owner-only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apppass-shell-settings-'));
    try {
      const path = join(dir, 'sub', 'shell-settings.json');
      const settings: ShellSettings = { ...DEFAULT_SHELL_SETTINGS, autoLockMinutes: null, startMinimized: true, globalShortcut: null };
      await saveShellSettings(path, settings);
      expect(await loadShellSettings(path)).toEqual(settings);
      expect(statSync(path).mode & 0o077).toBe(0);
      expect(readFileSync(path, 'utf8')).toContain('"startMinimized": true');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('missing, damaged or unexpected files give the defaults', async () => {
    expect(await loadShellSettings('/nonexistent/apppass/shell-settings.json')).toEqual(DEFAULT_SHELL_SETTINGS);
    for (const text of ['', '{', 'null', '[]', JSON.stringify({ ...DEFAULT_SHELL_SETTINGS, autoLockMinutes: 7 }), JSON.stringify({ ...DEFAULT_SHELL_SETTINGS, extra: 1 })]) {
      expect(parseShellSettings(text), text).toEqual(DEFAULT_SHELL_SETTINGS);
    }
  });
});
