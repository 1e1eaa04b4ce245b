import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { rewriteHeader } from '../support/vault-helpers.ts';
import { MASTER, unlockInUi } from './app-helpers.ts';
import { expect, test } from './host-fixture.ts';
import { SAMPLE_ENTRIES } from './sample-entries.ts';
import { createVault, KDF_FLOOR_FOR_TESTS } from './seed-vault.ts';

// L9: a vault whose key-derivation settings were changed in the header (digest recomputed) no
// longer opens; the unlock screen says the settings may have been changed, not only "wrong password".
test('changed KDF settings: the unlock error says so, and the file stays as it was', async ({ host, vaultPath }) => {
  const { page } = host;
  await createVault(vaultPath, MASTER, SAMPLE_ENTRIES.slice(0, 1), KDF_FLOOR_FOR_TESTS);
  expect(existsSync(`${vaultPath}.bak`)).toBe(true);
  const tampered = rewriteHeader(readFileSync(vaultPath), (h) => {
    (h['kdf'] as Record<string, number>)['iterations'] = KDF_FLOOR_FOR_TESTS.iterations + 1;
  });
  writeFileSync(vaultPath, tampered);
  await page.reload();
  await unlockInUi(page, MASTER);
  const error = page.getByTestId('unlock-error');
  await expect(error).toHaveAttribute('data-code', 'WRONG_PASSWORD');
  await expect(error).toContainText('key-derivation settings were changed');
  await expect(error).toContainText('restore the backup');
  expect(readFileSync(vaultPath).equals(tampered)).toBe(true);
});
