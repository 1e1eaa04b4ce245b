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
import { startMailServers } from '../support/mail/index.ts';
import { HARNESS_APP_PASSWORD, HARNESS_USER, harnessProvider } from './mail-fixture.ts';
import { walkWizardToTest } from './wizard-walk.ts';

const OUT = join(process.cwd(), 'docs', 'screenshots');
const RENDERER = join(process.cwd(), 'dist', 'renderer');
const THEMES = ['light', 'dark'] as const;

async function shot(page: Page, name: string, theme: string): Promise<void> {
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(OUT, `${name}-${theme}.png`) });
  console.log(`docs/screenshots/${name}-${theme}.png`);
}

/** An element's own screenshot (a screen taller than the window), as docs/screenshots/<name>-<theme>.png. */
async function shotOf(page: Page, testId: string, name: string, theme: string): Promise<void> {
  await page.waitForTimeout(250);
  await page.getByTestId(testId).screenshot({ path: join(OUT, `${name}-${theme}.png`) });
  console.log(`docs/screenshots/${name}-${theme}.png`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'apppass-shots-'));
  const browser = await launchChromium(true);
  const mail = await startMailServers({ user: HARNESS_USER, password: HARNESS_APP_PASSWORD });
  try {
    const server = {
      imap: { host: '127.0.0.1', port: mail.imap.tlsPort, security: 'ssl' as const, username: HARNESS_USER },
      smtp: { host: '127.0.0.1', port: mail.smtp.tlsPort, security: 'ssl' as const, username: HARNESS_USER },
    };
    const lifecycleVault = join(dir, 'lifecycle.apppass');
    await createVault(lifecycleVault, MASTER, [
      { provider: 'gmail', account: 'alex.morgan@gmail.com', label: 'Thunderbird (laptop)', secret: HARNESS_APP_PASSWORD, server, devices: ['Thunderbird'], copiedDaysAgo: 2 },
      { provider: 'gmail', account: 'alex.morgan@gmail.com', label: 'iPhone Mail', secret: 'abcdabcdabcdabcd', server, copiedDaysAgo: 5 },
      { provider: 'icloud', account: 'alex@icloud.com', label: 'Old iPad', secret: 'abcd-efgh-ijkl-mnop', ageDays: 420, copiedDaysAgo: 200 },
      { provider: 'microsoft365', account: 'alex@contoso.com', label: 'Office scanner', secret: 'mnbvcxzlkjhgfdsa', ageDays: 60, copiedDaysAgo: 30 },
      { provider: 'fastmail', account: 'alex@fastmail.com', label: 'NAS backups', secret: 'zzzzyyyyxxxxwwww', ageDays: 30 },
    ]);
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
      // Export: the file password twice, rated as it is typed.
      await page.getByTestId('settings-export').click();
      await page.getByTestId('export-password').fill('Export pass 7 blue herons');
      await page.getByTestId('export-dialog').getByTestId('strength-words').getByText(/weak|fair|good|strong/i).waitFor();
      await shot(page, 'export-dialog', theme);
      await page.keyboard.press('Escape');

      await page.setViewportSize({ width: 400, height: 600 });
      await page.getByTestId('nav-vault').click();
      await page.getByTestId('entry-row').first().waitFor();
      await page.screenshot({ path: join(OUT, `vault-narrow-${theme}.png`) });
      console.log(`docs/screenshots/vault-narrow-${theme}.png`);

      // Quick search (the popup's own page), open and then locked: it unlocks in place.
      await page.setViewportSize({ width: 560, height: 420 });
      await page.goto(`${host.origin}/index.html#/quick-search`);
      await page.getByRole('option').first().waitFor();
      await shot(page, 'quick-search', theme);
      await page.evaluate(() => window.apppass.vault.lock());
      await page.reload();
      await page.getByTestId('quick-unlock').waitFor();
      await shot(page, 'quick-search-locked', theme);
      await host.close();
    }
    for (const theme of THEMES) await lifecycleShots(lifecycleVault, theme, mail);
  } finally {
    await mail.stop();
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The entry's life after setup: sign-in results, mail setup, re-issue, trash, ranked hygiene, the wizard's two-server test and the Outlook.com fork. */
async function lifecycleShots(vaultPath: string, theme: 'light' | 'dark', mail: Awaited<ReturnType<typeof startMailServers>>): Promise<void> {
  const browser = await launchChromium(true);
  const services = createServices({ version: '0.1.0', platform: 'linux', vaultPath });
  services.testMail = { extraCaPem: mail.caPem, testProviders: [harnessProvider(mail)] };
  const host = await startBrowserHost({ rendererDir: RENDERER, browser, colorScheme: theme, viewport: { width: 1100, height: 760 }, services });
  const { page } = host;
  try {
    await page.getByTestId('unlock-password').fill(MASTER);
    await page.getByTestId('unlock').click();
    await page.getByTestId('entry-row').filter({ hasText: 'Thunderbird (laptop)' }).click();
    await page.getByTestId('entry-test').click();
    await page.getByTestId('entry-test-result-outgoing').waitFor({ timeout: 20_000 });
    await page.getByTestId('entry-client').selectOption('thunderbird');
    await page.getByTestId('entry-guide').waitFor();
    await shotOf(page, 'entry-detail', 'entry-lifecycle', theme);
    await page.setViewportSize({ width: 1100, height: 2200 });
    await shotOf(page, 'entry-mail-setup', 'entry-mail-setup', theme);
    // Microsoft 365: the app password only sends; the guide reads mail with Microsoft's sign-in.
    await page.getByTestId('entry-row').filter({ hasText: 'Office scanner' }).click();
    await page.getByTestId('entry-client').selectOption('ios-mail');
    await page.getByTestId('entry-guide').getByText(/refuses app passwords/).waitFor();
    await shotOf(page, 'entry-mail-setup', 'entry-mail-setup-m365', theme);
    await page.setViewportSize({ width: 1100, height: 760 });
    await page.getByTestId('entry-row').filter({ hasText: 'Thunderbird (laptop)' }).click();
    await page.getByTestId('entry-account-password-changed').click();
    await shot(page, 'confirm-account-password-change', theme);
    await page.getByTestId('confirm-account-change-confirm').click();
    await page.getByTestId('reissue-secret').fill(HARNESS_APP_PASSWORD);
    await page.getByTestId('reissue-save').click();
    await page.getByTestId('reissue-test').click();
    await page.getByTestId('reissue-test-result-incoming').waitFor({ timeout: 20_000 });
    await shot(page, 'reissue-dialog', theme);
    await page.getByTestId('reissue-close').click();
    await page.getByTestId('detail-edit').click();
    await page.getByTestId('entry-label').fill('x'.repeat(210));
    await shot(page, 'entry-dialog-field-error', theme);
    await page.keyboard.press('Escape');
    await page.getByTestId('nav-hygiene').click();
    await page.getByTestId('hygiene-urgent').waitFor();
    await shot(page, 'hygiene-ranked', theme);
    await page.getByTestId('nav-vault').click();
    await page.getByTestId('entry-row').filter({ hasText: 'NAS backups' }).click();
    await page.getByTestId('detail-delete').click();
    await page.getByTestId('vault-open-trash').click();
    await page.getByTestId('trash-row').first().waitFor();
    await shot(page, 'trash', theme);
    await page.getByTestId('trash-restore').click();
    await page.getByTestId('toast').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
    await walkWizardToTest(page, HARNESS_USER, 'Tablet', HARNESS_APP_PASSWORD);
    await page.getByTestId('wizard-test').click();
    await page.getByTestId('wizard-test-result').waitFor({ timeout: 20_000 });
    await shot(page, 'wizard-test', theme);
    await page.getByTestId('wizard-reset').click();
    await shot(page, 'confirm-discard', theme);
    await page.getByTestId('confirm-discard-confirm').click();
    await page.getByTestId('wizard-email').fill('carol@outlook.com');
    await page.getByTestId('wizard-detect').click();
    await page.getByTestId('wizard-detected').waitFor();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-no-app-password').waitFor();
    await shot(page, 'wizard-outlook-fork', theme);
  } finally {
    await host.close();
    await browser.close();
  }
}

await main();
