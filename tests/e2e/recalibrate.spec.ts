import { expectNoSeriousA11yViolations, MASTER, seedAndUnlock } from './app-helpers.ts';
import { expect, test } from './host-fixture.ts';

test('Settings → Re-calibrate measures this machine, raises the KDF, and asks for the master password', async ({ host, vaultPath }) => {
  const { page } = host;
  await seedAndUnlock(page, vaultPath); // a floor-KDF vault: 19 MiB, 2 passes, 1 lane
  await page.getByTestId('nav-settings').click();
  await expect(page.getByText('19 MiB, 2 passes, 1 lanes')).toBeVisible();

  await page.getByRole('button', { name: 'Re-calibrate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Re-calibrate key derivation' });
  await expect(dialog).toBeVisible();
  await expectNoSeriousA11yViolations(page, 're-calibrate dialog');
  await dialog.getByLabel('Master password').fill('not the master password');
  await dialog.getByRole('button', { name: 'Re-calibrate' }).click();
  await expect(dialog.getByRole('alert').or(dialog.locator('.notice'))).toContainText(/wrong/i);
  await expect(dialog.getByLabel('Master password')).toHaveValue('');

  await dialog.getByLabel('Master password').fill(MASTER);
  await dialog.getByRole('button', { name: 'Re-calibrate' }).click();
  // The real calibration never goes below RFC 9106's 64 MiB, 3 passes, 4 lanes.
  await expect(page.getByTestId('toast').filter({ hasText: 'Key derivation is now' })).toBeVisible({ timeout: 30_000 });
  const info = await page.evaluate(() => window.apppass.vault.info());
  expect(info.ok && info.value.kdf.memoryKiB >= 64 * 1024 && info.value.kdf.iterations >= 3 && info.value.kdf.parallelism >= 4).toBe(true);
});
