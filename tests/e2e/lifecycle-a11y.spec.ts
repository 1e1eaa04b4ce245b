import { expectNoSeriousA11yViolations, seedAndUnlock } from './app-helpers.ts';
import { expect, HARNESS_APP_PASSWORD, HARNESS_USER, test } from './mail-fixture.ts';
import { walkWizardToTest } from './wizard-walk.ts';

test.describe.configure({ timeout: 150_000 });

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the lifecycle screens and dialogs have no serious or critical violations (${theme})`, async ({ host, vaultPath, mail }) => {
    const { page } = host;
    if (!mail) return;
    await page.emulateMedia({ colorScheme: theme });
    const server = {
      imap: { host: '127.0.0.1', port: mail.imap.tlsPort, security: 'ssl' as const, username: HARNESS_USER },
      smtp: { host: '127.0.0.1', port: mail.smtp.tlsPort, security: 'ssl' as const, username: HARNESS_USER },
    };
    await seedAndUnlock(page, vaultPath, [
      { provider: 'gmail', account: 'ann@gmail.com', label: 'Thunderbird (laptop)', secret: HARNESS_APP_PASSWORD, server, devices: ['Thunderbird'] },
      { provider: 'gmail', account: 'ann@gmail.com', label: 'iPhone Mail', secret: 'wrong-password-1', server },
      { provider: 'icloud', account: 'me@icloud.com', label: 'Old iPad', secret: 'abcd-efgh-ijkl-mnop', ageDays: 400 },
      { provider: 'microsoft365', account: 'me@contoso.com', label: 'Scanner', secret: 'mnbvcxzlkjhgfdsa' },
    ]);

    // Entry detail: sign-in results (one OK, one refused), lifecycle, mail setup with a guide.
    await page.getByTestId('entry-row').filter({ hasText: 'Thunderbird (laptop)' }).click();
    await page.getByTestId('entry-test').click();
    await expect(page.getByTestId('entry-test-result-outgoing')).toHaveAttribute('data-category', 'OK', { timeout: 20_000 });
    await page.getByTestId('entry-client').selectOption('thunderbird');
    await expect(page.getByTestId('entry-guide')).toBeVisible();
    await expectNoSeriousA11yViolations(page, `entry with sign-in OK and mail setup (${theme})`);
    await page.getByTestId('entry-row').filter({ hasText: 'iPhone Mail' }).click();
    await page.getByTestId('entry-test').click();
    await expect(page.getByTestId('entry-test-result-incoming')).toHaveAttribute('data-category', 'AUTH_FAILED', { timeout: 20_000 });
    await expect(page.getByTestId('entry-last-failure')).toContainText('Sign-in refused');
    await expectNoSeriousA11yViolations(page, `entry with a refused sign-in (${theme})`);

    // "I changed my Google password": the confirmation, then the re-issue walk-through.
    await page.getByTestId('entry-account-password-changed').click();
    await expectNoSeriousA11yViolations(page, `confirm account-password change (${theme})`);
    await page.getByTestId('confirm-account-change-confirm').click();
    await expect(page.getByTestId('reissue-step')).toBeVisible();
    await page.getByTestId('reissue-open-page').click();
    await expectNoSeriousA11yViolations(page, `re-issue dialog (${theme})`);
    await page.getByTestId('reissue-secret').fill(HARNESS_APP_PASSWORD);
    await page.getByTestId('reissue-save').click();
    await page.getByTestId('reissue-test').click();
    await expect(page.getByTestId('reissue-test-result-incoming')).toHaveAttribute('data-category', 'OK', { timeout: 20_000 });
    await expectNoSeriousA11yViolations(page, `re-issue dialog, tested (${theme})`);
    await page.getByTestId('reissue-close').click();

    // Entry dialog with a field refused as you type.
    await page.getByTestId('detail-edit').click();
    await page.getByTestId('entry-label').fill('x'.repeat(210));
    await expect(page.getByTestId('entry-label-note')).toContainText('At most 200');
    await expectNoSeriousA11yViolations(page, `entry dialog with a field error (${theme})`);
    await page.keyboard.press('Escape');

    // Trash: delete, open the trash, the empty-trash confirmation.
    await page.getByTestId('entry-row').filter({ hasText: 'Old iPad' }).click();
    await page.getByTestId('detail-delete').click();
    await page.getByTestId('vault-open-trash').click();
    await expect(page.getByTestId('trash-row')).toHaveCount(1);
    await expectNoSeriousA11yViolations(page, `trash (${theme})`);
    await page.getByTestId('trash-empty-all').click();
    await expectNoSeriousA11yViolations(page, `empty-trash confirmation (${theme})`);
    await page.keyboard.press('Escape');
    await page.getByTestId('trash-back').click();

    // Hygiene, ranked, with urgent items.
    await page.getByTestId('nav-hygiene').click();
    await expect(page.getByTestId('hygiene-urgent')).toBeVisible();
    await expectNoSeriousA11yViolations(page, `hygiene ranked (${theme})`);

    // Wizard: both servers' results, Done without a test, Start over confirmation, the Outlook.com fork.
    await walkWizardToTest(page, HARNESS_USER, 'Tablet', HARNESS_APP_PASSWORD);
    await page.getByTestId('wizard-test').click();
    await expect(page.getByTestId('wizard-test-result')).toHaveAttribute('data-category', 'OK', { timeout: 20_000 });
    await expectNoSeriousA11yViolations(page, `wizard test, both servers (${theme})`);
    await page.getByTestId('wizard-reset').click();
    await expectNoSeriousA11yViolations(page, `discard confirmation (${theme})`);
    await page.getByTestId('confirm-discard-confirm').click();
    await page.getByTestId('wizard-email').fill('carol@outlook.com');
    await page.getByTestId('wizard-detect').click();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-fork-client').selectOption('thunderbird');
    await expect(page.getByTestId('wizard-fork-guide')).toBeVisible();
    await expectNoSeriousA11yViolations(page, `Outlook.com fork (${theme})`);
  });
}
