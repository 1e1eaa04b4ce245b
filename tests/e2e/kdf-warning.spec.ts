import { KDF_RECOMMENDED_MIN } from '../../electron/core/kdf/index.ts';
import { MASTER, unlockInUi } from './app-helpers.ts';
import { expect, test } from './host-fixture.ts';
import { createVault, KDF_FLOOR_FOR_TESTS } from './seed-vault.ts';

// L8: a vault a script made with low --kdf-* values opens with a warning that says how to fix it;
// a vault at the recommended minimum shows none.
test('a vault below the recommended KDF minimum shows the warning and how to fix it', async ({ host, vaultPath }) => {
  const { page } = host;
  await createVault(vaultPath, MASTER, [], KDF_FLOOR_FOR_TESTS);
  await page.reload();
  await unlockInUi(page);
  await expect(page.getByTestId('nav-vault')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('kdf-warning')).toContainText('easier to guess than AppPass recommends');
  await expect(page.getByTestId('kdf-warning')).toContainText('Re-calibrate');
  // Re-calibrate (never below the recommended minimum) makes it go away.
  await page.getByTestId('nav-settings').click();
  await page.getByRole('button', { name: 'Re-calibrate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Re-calibrate key derivation' });
  await dialog.getByLabel('Master password').fill(MASTER);
  await dialog.getByRole('button', { name: 'Re-calibrate' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Key derivation is now' })).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('nav-vault').click();
  await expect(page.getByTestId('vault-count')).toBeVisible();
  await expect(page.getByTestId('kdf-warning')).toHaveCount(0);
});

test('no warning at the recommended minimum', async ({ host, vaultPath }) => {
  const { page } = host;
  await createVault(vaultPath, MASTER, [], KDF_RECOMMENDED_MIN);
  await page.reload();
  await unlockInUi(page);
  await expect(page.getByTestId('nav-vault')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('vault-count')).toBeVisible();
  await expect(page.getByTestId('kdf-warning')).toHaveCount(0);
});
