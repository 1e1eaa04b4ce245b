import { createVaultInUi, MASTER, seedAndUnlock, unlockInUi } from './app-helpers.ts';
import { expect, HARNESS_APP_PASSWORD, HARNESS_USER, test } from './mail-fixture.ts';

test.describe.configure({ timeout: 90_000 });

test('the whole journey: create vault → wizard on the harness servers → save → copy → lock → unlock', async ({ host }) => {
  const { page } = host;

  // 1. First run: create the vault (the real core calibrates the KDF; progress is shown meanwhile).
  await page.getByTestId('master-password').fill(MASTER);
  await page.getByTestId('master-confirm').fill(MASTER);
  await page.getByTestId('create-vault').click();
  await expect(page.getByText('Deriving key…').first()).toBeVisible();
  await expect(page.getByTestId('nav-vault')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('master-password')).toHaveCount(0);

  // 2. Wizard: the address finds the test provider.
  await page.getByTestId('nav-wizard').click();
  await page.getByTestId('wizard-email').fill(HARNESS_USER);
  await page.getByTestId('wizard-detect').click();
  await expect(page.getByTestId('wizard-detected')).toContainText('Harness Mail (test)');
  await page.getByTestId('wizard-next').click();

  // Checklist: prerequisites and the dated note, marked "Reported".
  await expect(page.getByTestId('prerequisites')).toContainText('Two-step verification');
  const note = page.getByTestId('status-note');
  await expect(note).toContainText('Reported');
  await expect(note).toContainText('2026-11-01');
  await expect(page.getByTestId('wizard-next')).toBeDisabled();
  await page.getByTestId('wizard-checklist-ok').check();
  await page.getByTestId('wizard-next').click();

  // Create it at the provider (the browser host opens no external links), then paste.
  await expect(page.getByTestId('wizard-step-create')).toBeVisible();
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-label').fill('Thunderbird (laptop)');
  await page.evaluate((pw) => navigator.clipboard.writeText(pw), HARNESS_APP_PASSWORD);
  await page.getByTestId('wizard-secret').focus();
  await page.keyboard.press('Control+V');
  await expect(page.getByTestId('wizard-secret')).toHaveValue(HARNESS_APP_PASSWORD);

  // Going back to the address and forward again keeps everything typed so far.
  for (let i = 0; i < 3; i++) await page.getByTestId('wizard-back').click();
  await expect(page.getByTestId('wizard-email')).toHaveValue(HARNESS_USER);
  for (let i = 0; i < 3; i++) await page.getByTestId('wizard-next').click();
  await expect(page.getByTestId('wizard-label')).toHaveValue('Thunderbird (laptop)');
  await expect(page.getByTestId('wizard-secret')).toHaveValue(HARNESS_APP_PASSWORD);
  await page.getByTestId('wizard-next').click();

  // 3. Test sign-in against the real Dovecot over TLS: OK.
  await page.getByTestId('wizard-test').click();
  await expect(page.getByTestId('wizard-test-result')).toHaveAttribute('data-category', 'OK', { timeout: 20_000 });
  await page.getByTestId('wizard-next').click();

  // Save.
  await page.getByTestId('wizard-save').click();
  await expect(page.getByTestId('wizard-saved')).toBeVisible();
  await page.getByTestId('wizard-next').click();

  // Mail client: steps with the real values, and a downloadable autoconfig file.
  await page.getByTestId('wizard-client').selectOption('thunderbird');
  await expect(page.getByTestId('wizard-guide')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('wizard-download-autoconfig').click()]);
  expect(download.suggestedFilename()).toMatch(/\.xml$/);
  await page.getByTestId('wizard-next').click();
  await expect(page.getByTestId('wizard-done')).toBeVisible();
  await page.getByTestId('wizard-open-vault').click();

  // 4. Copy: the clipboard holds the app password.
  const row = page.getByTestId('entry-row').filter({ hasText: 'Thunderbird (laptop)' });
  await expect(row).toHaveCount(1);
  await row.click();
  await expect(page.getByTestId('entry-detail')).toContainText(HARNESS_USER);
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.getByTestId('detail-copy').click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Copied' })).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(HARNESS_APP_PASSWORD);
  // The core marked it copied (the secret itself never came to the page for this).
  await expect(page.getByTestId('detail-last-copied')).not.toHaveText('never');
  await expect(row).toContainText('copied');
  await expect(row).not.toContainText('never copied');

  // 5. Lock (Ctrl+L), then unlock: the entry is still there.
  await page.keyboard.press('Control+L');
  await expect(page.getByTestId('unlock-password')).toBeVisible();
  await expect(page.getByTestId('entry-row')).toHaveCount(0);
  await unlockInUi(page);
  await expect(page.getByTestId('entry-row').filter({ hasText: 'Thunderbird (laptop)' })).toHaveCount(1, { timeout: 20_000 });
});

test('the create button refuses a weak master password and mismatched confirmation', async ({ host }) => {
  const { page } = host;
  await page.getByTestId('master-password').fill('password123');
  await page.getByTestId('master-confirm').fill('password123');
  await page.getByTestId('create-vault').click();
  await expect(page.getByTestId('master-problem')).toBeVisible();
  await page.getByTestId('master-password').fill(MASTER);
  await page.getByTestId('master-confirm').fill(`${MASTER}x`);
  await page.getByTestId('create-vault').click();
  await expect(page.getByTestId('master-problem')).toContainText('not the same');
  await expect(page.getByTestId('nav-vault')).toHaveCount(0);
  await createVaultInUi(page);
});

test('"Other provider": servers typed by hand (STARTTLS) pass the real sign-in check and are saved with the entry', async ({ host, vaultPath, mail }) => {
  const { page } = host;
  if (!mail) return;
  await seedAndUnlock(page, vaultPath);
  await page.getByTestId('nav-wizard').click();
  await page.getByTestId('wizard-email').fill(HARNESS_USER);
  await page.getByTestId('wizard-detect').click();
  await expect(page.getByTestId('wizard-detected')).toBeVisible();
  await page.getByTestId('wizard-provider').selectOption({ label: 'Other — enter servers by hand' });
  await page.getByTestId('server-incoming-host').fill('127.0.0.1');
  await page.getByTestId('server-incoming-port').fill(String(mail.imap.port));
  await page.getByTestId('server-incoming-security').selectOption('starttls');
  await page.getByTestId('server-outgoing-host').fill('127.0.0.1');
  await page.getByTestId('server-outgoing-port').fill(String(mail.smtp.port));
  await page.getByTestId('server-outgoing-security').selectOption('starttls');
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-checklist-ok').check();
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-label').fill('NAS backup');
  await page.getByTestId('wizard-secret').fill(HARNESS_APP_PASSWORD);
  await page.getByTestId('wizard-next').click();
  // Incoming and outgoing are tested together (STARTTLS on both).
  await page.getByTestId('wizard-test').click();
  await expect(page.getByTestId('wizard-test-result')).toHaveAttribute('data-category', 'OK', { timeout: 20_000 });
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-save').click();
  await expect(page.getByTestId('wizard-saved')).toBeVisible();
  const saved = await page.evaluate(() => window.apppass.entries.list());
  expect(saved).toMatchObject({
    ok: true,
    value: [{ provider: 'custom', account: HARNESS_USER, label: 'NAS backup', server: { imap: { host: '127.0.0.1', port: mail.imap.port, security: 'starttls' }, smtp: { port: mail.smtp.port } } }],
  });
});
