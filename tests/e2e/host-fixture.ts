import { test as base } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../../electron/core/api/index.ts';
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/start-browser-host.ts';
import { missingTools } from '../harness/require-tool.ts';

export const RENDERER_DIR = join(process.cwd(), 'dist', 'renderer');

export interface HostFixture {
  host: BrowserHost;
  /** Throwaway folder of this test (vault, downloads). */
  workDir: string;
  vaultPath: string;
}

/** Starts the real browser host on a fresh vault path for each test. */
export const test = base.extend<HostFixture>({
  // eslint-disable-next-line no-empty-pattern
  workDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'apppass-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  vaultPath: async ({ workDir }, use) => {
    await use(join(workDir, 'vault.apppass'));
  },
  host: async ({ vaultPath }, use) => {
    const missing = missingTools(['chromium']);
    base.skip(missing !== false, missing || '');
    const host = await startBrowserHost({
      rendererDir: RENDERER_DIR,
      headless: true,
      services: createServices({ version: 'e2e', platform: process.platform, vaultPath }),
    });
    await use(host);
    await host.close();
  },
});

export { expect } from '@playwright/test';
