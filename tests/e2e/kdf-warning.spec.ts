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
