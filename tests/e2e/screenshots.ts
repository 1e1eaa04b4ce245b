// Regenerates docs/screenshots/<screen>-<theme>.png of each screen in light and dark, at 1100×760,
// against the real core (a fast throwaway vault with sample entries).
//   npm run build:renderer && node --import tsx tests/e2e/screenshots.ts
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createServices } from '../../electron/core/api/index.ts';
import { launchChromium, startBrowserHost } from '../../electron/browser-host/start-browser-host.ts';
import { MASTER } from './app-helpers.ts';
import { SAMPLE_ENTRIES } from './sample-entries.ts';
import { createVault } from './seed-vault.ts';

const OUT = join(process.cwd(), 'docs', 'screenshots');
const RENDERER = join(process.cwd(), 'dist', 'renderer');
const THEMES = ['light', 'dark'] as const;

async function shot(page: Page, name: string, theme: string): Promise<void> {
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(OUT, `${name}-${theme}.png`) });
  console.log(`docs/screenshots/${name}-${theme}.png`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'apppass-shots-'));
  const browser = await launchChromium(true);
  try {
    const seeded = join(dir, 'vault.apppass');
    await createVault(seeded, MASTER, SAMPLE_ENTRIES);
    for (const theme of THEMES) {
      const start = (vaultPath: string) =>
        startBrowserHost({ rendererDir: RENDERER, browser, colorScheme: theme, viewport: { width: 1100, height: 760 }, services: createServices({ version: '0.1.0', platform: 'linux', vaultPath }) });

      const fresh = await start(join(dir, `fresh-${theme}.apppass`));
      await fresh.page.getByTestId('master-password').waitFor();
      await fresh.page.getByTestId('master-password').fill('correct horse');
      await fresh.page.getByTestId('master-password').dispatchEvent('input');
      await fresh.page.getByTestId('strength-words').getByText(/weak|fair|good|strong/i).waitFor();
      await shot(fresh.page, 'first-run', theme);
      await fresh.page.getByTestId('open-existing').click();
      await fresh.page.getByTestId('open-file-path').fill(seeded);
      await shot(fresh.page, 'first-run-open-file', theme);
      await fresh.close();

      const host = await start(seeded);
      const { page } = host;
      await page.getByTestId('unlock-password').waitFor();
      await shot(page, 'unlock', theme);
      await page.getByTestId('unlock-password').fill(MASTER);
      await page.getByTestId('unlock').click();
      await page.getByTestId('entry-row').first().waitFor();
      await page.getByTestId('entry-row').filter({ hasText: 'iPhone Mail' }).click();
      await page.getByTestId('entry-detail').waitFor();
      await shot(page, 'vault', theme);

      await page.getByTestId('nav-generator').click();
      await page.getByTestId('generated').getByText(/./).waitFor();
      await shot(page, 'generator', theme);

      await page.getByTestId('nav-wizard').click();
      await page.getByTestId('wizard-email').fill('alex.morgan@outlook.com');
      await page.getByTestId('wizard-detect').click();
      await page.getByTestId('wizard-detected').waitFor();
      await shot(page, 'wizard-address', theme);
      await page.getByTestId('wizard-next').click();
      await page.getByTestId('wizard-step-checklist').waitFor();
      await shot(page, 'wizard-checklist', theme);
      await page.getByTestId('wizard-reset').click();

      await page.getByTestId('nav-hygiene').click();
      await page.getByRole('heading', { level: 1, name: 'Hygiene' }).waitFor();
      await shot(page, 'hygiene', theme);
      await page.getByTestId('nav-activity').click();
      await page.getByTestId('activity-table').waitFor();
      await shot(page, 'activity', theme);
      await page.getByTestId('nav-settings').click();
      await page.getByTestId('app-version').waitFor();
      await shot(page, 'settings', theme);

      await page.setViewportSize({ width: 400, height: 600 });
      await page.getByTestId('nav-vault').click();
      await page.getByTestId('entry-row').first().waitFor();
      await page.screenshot({ path: join(OUT, `vault-narrow-${theme}.png`) });
      console.log(`docs/screenshots/vault-narrow-${theme}.png`);
      await host.close();
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
