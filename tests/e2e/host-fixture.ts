import { test as base } from '@playwright/test';
import type { Browser } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../../electron/core/api/index.ts';
import { launchChromium, startBrowserHost, type BrowserHost } from '../../electron/browser-host/start-browser-host.ts';
import { missingTools } from '../harness/require-tool.ts';

export const RENDERER_DIR = join(process.cwd(), 'dist', 'renderer');

export interface HostFixture {
  host: BrowserHost;
  /** Throwaway folder of this test (vault, downloads). */
  workDir: string;
  vaultPath: string;
}

interface WorkerFixture {
  /** null when Chromium is missing outside CI (the tests then skip with the reason). */
  chromiumBrowser: Browser | null;
}

const missingChromium = missingTools(['chromium']);

/**
 * Starts the real browser host (real core, fresh vault path) for each test; one Chromium per worker
 * is shared, each test gets its own context and static server.
 */
export const test = base.extend<HostFixture, WorkerFixture>({
  chromiumBrowser: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browser = missingChromium ? null : await launchChromium(true);
      await use(browser);
      await browser?.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  workDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'apppass-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  vaultPath: async ({ workDir }, use) => {
    await use(join(workDir, 'vault.apppass'));
  },
  host: async ({ vaultPath, chromiumBrowser }, use) => {
    base.skip(chromiumBrowser === null, `e2e ${missingChromium || ''}`);
    if (chromiumBrowser === null) return;
    const host = await startBrowserHost({
      rendererDir: RENDERER_DIR,
      browser: chromiumBrowser,
      services: createServices({ version: 'e2e', platform: process.platform, vaultPath }),
    });
    await use(host);
    await host.close();
  },
});

export { expect } from '@playwright/test';
