import { test as base } from '@playwright/test';
import type { Browser } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { missingTools } from '../support/require-tool.ts';
import { builtFile } from '../support/built-dist.ts';

/** The built browser host, dist/browser-host/host.mjs: what `npm run start:browser` runs. */
type BuiltHost = typeof import('../../electron/browser-host/host.ts');
export type BrowserHost = Awaited<ReturnType<BuiltHost['runBrowserHost']>>;
export type RunOptions = Parameters<BuiltHost['runBrowserHost']>[0];

/**
 * Loads the BUILT host bundle (never the TypeScript sources), so the e2e tests drive what ships:
 * its bundled core, module loaders, renderer server and accepting step. Fails clearly without a build.
 */
export async function builtHost(): Promise<BuiltHost> {
  builtFile('dist/renderer/index.html');
  return (await import(pathToFileURL(builtFile('dist/browser-host/host.mjs')).href)) as BuiltHost;
}

export interface HostFixture {
  host: BrowserHost;
  /** Throwaway folder of this test (vault, downloads, the host's state and catalog folders). */
  workDir: string;
  vaultPath: string;
  /**
   * Extra environment for the host's core (e.g. APPPASS_TODAY=2027-01-05):
   * `test.use({ hostEnv: { APPPASS_TODAY: '…' } })`. The catalog folder is always the test's own.
   */
  hostEnv: Record<string, string>;
}

interface WorkerFixture {
  /** null when Chromium is missing outside CI (the tests then skip with the reason). */
  chromiumBrowser: Browser | null;
}

const missingChromium = missingTools(['chromium']);

/** The environment the built host starts with in a test: its own vault, state and catalog folders. */
export function hostEnvFor(workDir: string, vaultPath: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, APPPASS_VAULT: vaultPath, APPPASS_STATE_DIR: workDir, APPPASS_CATALOG_DIR: join(workDir, 'catalog'), ...extra };
}

/**
 * Starts the real, built browser host (real core, fresh vault path) for each test; one Chromium per
 * worker is shared, each test gets its own context and renderer server.
 */
export const test = base.extend<HostFixture, WorkerFixture>({
  chromiumBrowser: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browser = missingChromium ? null : await (await builtHost()).launchChromium(true);
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
  hostEnv: [{}, { option: true }],
  host: async ({ vaultPath, workDir, hostEnv, chromiumBrowser }, use) => {
    base.skip(chromiumBrowser === null, `e2e ${missingChromium || ''}`);
    if (chromiumBrowser === null) return;
    // testClipboardRead: the tests look at the clipboard from the page; `npm run start:browser` never lets the page read it (L13).
    const host = await (await builtHost()).runBrowserHost({ env: hostEnvFor(workDir, vaultPath, hostEnv), browser: chromiumBrowser, headless: true, testClipboardRead: true });
    await use(host);
    await host.close();
  },
});

export { expect } from '@playwright/test';
