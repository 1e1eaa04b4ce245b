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
 * The browser host's clipboard: the page's own async Clipboard API (the page may write; the host
 * reads only for the guard's check). Chromium has no way to set "secret" markers here; Electron's port does
 * (docs/security.md). The page is attached once it exists.
 */
export class PageClipboardPort implements ClipboardPort {
  #page: Page | null = null;
  readonly #origin: string;
  readonly #pagePermissions: readonly string[];
  #reading: Promise<unknown> = Promise.resolve();

  /** `pagePermissions`: what the page holds at other times (clipboard-write only, L13). */
  constructor(origin: string, pagePermissions: readonly string[]) {
    this.#origin = origin;
    this.#pagePermissions = pagePermissions;
  }

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

  /**
   * The guard's check that the clipboard still holds our copy: the page holds no clipboard-read
   * permission (L13), so it is granted for this one read and taken back at once (reads run one at a time).
   */
  async readText(): Promise<string> {
    const page = this.#requirePage();
    const readInPage = () => page.evaluate(() => (globalThis as unknown as PageGlobal).navigator.clipboard.readText());
    // e2e tests let the page read (testClipboardRead): nothing to grant or take back then.
    if (this.#pagePermissions.includes('clipboard-read')) return readInPage();
    const context = page.context();
    const read = this.#reading.then(async () => {
      await context.grantPermissions([...this.#pagePermissions, 'clipboard-read'], { origin: this.#origin });
      try {
        return await readInPage();
      } finally {
        await context.clearPermissions();
        await context.grantPermissions([...this.#pagePermissions], { origin: this.#origin });
      }
    });
    this.#reading = read.catch(() => undefined);
    return read;
  }

  async clear(): Promise<void> {
    await this.#requirePage().evaluate(() => (globalThis as unknown as PageGlobal).navigator.clipboard.writeText(''));
  }
}
