import { defineConfig } from '@playwright/test';

// The e2e tests drive Debian's Chromium through the browser host (electron/browser-host), with the
// real core behind it. Each test starts its own host; no Playwright-managed browser is used.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: process.env['CI'] === 'true',
  reporter: [['list']],
  outputDir: '../../test-results/e2e',
});
