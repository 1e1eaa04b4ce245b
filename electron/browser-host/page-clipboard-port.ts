import type { Page } from 'playwright-core';
import type { ClipboardPort } from '../core/clipboard/index.ts';
import { AppError } from '../core/errors/index.ts';

/** The page's async Clipboard API, typed here because the Node side compiles without DOM types. */
interface PageClipboard {
  writeText(text: string): Promise<void>;
  readText(): Promise<string>;
}
type PageGlobal = { navigator: { clipboard: PageClipboard } };
// The callbacks below run inside the page (page.evaluate serialises them), so each reaches the
// clipboard itself rather than through a Node-side helper.

/**
 * The browser host's clipboard: the page's own async Clipboard API (the host grants it the
 * clipboard permissions). Chromium has no way to set "secret" markers here; Electron's port does
 * (docs/security.md). The page is attached once it exists.
 */
export class PageClipboardPort implements ClipboardPort {
  #page: Page | null = null;

  attach(page: Page): void {
    this.#page = page;
  }

  #requirePage(): Page {
    if (this.#page === null || this.#page.isClosed()) {
      throw new AppError('CLIPBOARD_UNAVAILABLE', 'The clipboard is not available: the AppPass window is closed.');
    }
    return this.#page;
  }

  async writeSecret(text: string): Promise<void> {
    await this.#requirePage().evaluate((value) => (globalThis as unknown as PageGlobal).navigator.clipboard.writeText(value), text);
  }

  async readText(): Promise<string> {
    return this.#requirePage().evaluate(() => (globalThis as unknown as PageGlobal).navigator.clipboard.readText());
  }

  async clear(): Promise<void> {
    await this.#requirePage().evaluate(() => (globalThis as unknown as PageGlobal).navigator.clipboard.writeText(''));
  }
}
