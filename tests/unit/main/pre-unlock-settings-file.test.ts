import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRE_UNLOCK_SETTINGS, type PreUnlockSettings } from '../../../electron/core/host-kit/index.ts';
import { loadPreUnlockSettings, parsePreUnlockSettings, savePreUnlockSettings } from '../../../electron/main/pre-unlock-settings-file.ts';

describe('pre-unlock-settings.json', () => {
  it('round-trips, owner-only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apppass-pre-unlock-settings-'));
    try {
      const path = join(dir, 'sub', 'pre-unlock-settings.json');
      const settings: PreUnlockSettings = { ...DEFAULT_PRE_UNLOCK_SETTINGS, autoLockMinutes: null, startMinimized: true, globalShortcut: null };
      await savePreUnlockSettings(path, settings);
      expect(await loadPreUnlockSettings(path)).toEqual(settings);
      expect(statSync(path).mode & 0o077).toBe(0);
      expect(readFileSync(path, 'utf8')).toContain('"startMinimized": true');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('missing, damaged or unexpected files give the defaults', async () => {
    expect(await loadPreUnlockSettings('/nonexistent/apppass/pre-unlock-settings.json')).toEqual(DEFAULT_PRE_UNLOCK_SETTINGS);
    for (const text of ['', '{', 'null', '[]', JSON.stringify({ ...DEFAULT_PRE_UNLOCK_SETTINGS, autoLockMinutes: 7 }), JSON.stringify({ ...DEFAULT_PRE_UNLOCK_SETTINGS, extra: 1 })]) {
      expect(parsePreUnlockSettings(text), text).toEqual(DEFAULT_PRE_UNLOCK_SETTINGS);
    }
  });
});
