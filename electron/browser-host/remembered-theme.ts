import { z } from 'zod';
import type { BrowserContext } from 'playwright-core';
import { THEME_STORAGE_KEY, THEMES, type Theme } from '../contract/limits.ts';
import { readJsonFile, writeJsonFile } from '../core/platform/json-file.ts';

const schema = z.strictObject({ theme: z.enum(THEMES) });

/**
 * The theme the lock screen starts with (finding 36). The vault's settings are encrypted and each
 * browser-host start gets a fresh page storage, so the host keeps the last theme it saw (not secret)
 * in its state folder and hands it to the page before the renderer runs, as Electron's own page
 * storage does. A missing or damaged file means "system".
 */
export class RememberedTheme {
  private last: Theme | null = null;

  constructor(private readonly file: string) {}

  /** Puts the remembered theme into the page's storage before any script of the app runs. */
  async installInto(context: BrowserContext): Promise<void> {
    const saved = await readJsonFile(this.file, schema);
    if (saved === null) return;
    this.last = saved.theme;
    // Only into an empty storage: within one start the renderer's own choice wins. Storage may be
    // off; the lock screen then follows the system. Both values are JSON-quoted.
    const script = `try { if (localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)}) === null) localStorage.setItem(${JSON.stringify(THEME_STORAGE_KEY)}, ${JSON.stringify(saved.theme)}); } catch {}`;
    await context.addInitScript({ content: script });
  }

  /** Notes the vault's theme (after a vault call); writes the file only when it changed. */
  async seen(theme: Theme): Promise<void> {
    if (theme === this.last) return;
    this.last = theme;
    await writeJsonFile(this.file, { theme });
  }
}
