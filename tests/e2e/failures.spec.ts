import { MASTER, seedAndUnlock, unlockInUi } from './app-helpers.ts';
import { expect, HARNESS_USER, M365_ADDRESS, test } from './mail-fixture.ts';
import { createVault } from './seed-vault.ts';

test('a wrong master password shows its words, and the right one still unlocks', async ({ host, vaultPath }) => {
  const { page } = host;
  await createVault(vaultPath, MASTER, []);
  await page.reload();
  await unlockInUi(page, 'not the master password');
  const error = page.getByTestId('unlock-error');
  await expect(error).toHaveAttribute('data-code', 'WRONG_PASSWORD');
  await expect(error).toContainText('Wrong master password');
  await expect(error).toContainText('Caps Lock');
  // The advice is said once, in the app's words: the core's message names no CLI command.
  await expect(error).not.toContainText('apppass');
  await expect(error).not.toContainText('Try again');
  // The field was read once and cleared; the typed password is not left in the page.
  await expect(page.getByTestId('unlock-password')).toHaveValue('');
  await unlockInUi(page);
  await expect(page.getByTestId('nav-vault')).toBeVisible({ timeout: 20_000 });
});

test('a wrong app password gets the AUTH_FAILED advice from the real sign-in check', async ({ host, vaultPath }) => {
  const { page } = host;
  await seedAndUnlock(page, vaultPath);
  await page.getByTestId('nav-wizard').click();
  await page.getByTestId('wizard-email').fill(HARNESS_USER);
  await page.getByTestId('wizard-detect').click();
  await expect(page.getByTestId('wizard-detected')).toBeVisible();
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-checklist-ok').check();
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-label').fill('iPad Mail');
  await page.getByTestId('wizard-secret').fill('this-is-not-it');
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-test').click();
  const result = page.getByTestId('wizard-test-result');
  await expect(result).toHaveAttribute('data-category', 'AUTH_FAILED', { timeout: 20_000 });
  await expect(result).toContainText('Sign-in refused');
  // The advice comes from the core's check, and never repeats the password.
  await expect(result).toContainText(/password/i);
  await expect(result).not.toContainText('this-is-not-it');
});

test('a Microsoft 365 address shows the SMTP-only / retirement warning and points to Microsoft sign-in', async ({ host, vaultPath }) => {
  const { page } = host;
  await seedAndUnlock(page, vaultPath);
  await page.getByTestId('nav-wizard').click();
  await page.getByTestId('wizard-email').fill(M365_ADDRESS);
  await page.getByTestId('wizard-detect').click();
  await expect(page.getByTestId('wizard-detected')).toContainText('Microsoft 365');
  await page.getByTestId('wizard-next').click();
  const warning = page.getByTestId('provider-warning');
  await expect(warning).toContainText('end of December 2026');
  await expect(warning).toContainText('signs in with Microsoft (OAuth2)');
  await expect(page.getByTestId('works-for')).toContainText('signs in only to SMTP');
  // Its dated notes are there too, each marked reported or confirmed.
  await expect(page.getByTestId('status-note').first()).toContainText(/Reported|Confirmed/);
});
