import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createVaultInUi, MASTER, seedAndUnlock } from './app-helpers.ts';
import { expect, test } from './host-fixture.ts';
import { SAMPLE_ENTRIES } from './sample-entries.ts';

test('import a CSV (preview, untick a row, a row without a password skipped) and export the vault as CSV, through Settings', async ({ host, vaultPath, workDir }) => {
  const { page } = host;
  await seedAndUnlock(page, vaultPath, SAMPLE_ENTRIES);
  const csv = join(workDir, 'from-elsewhere.csv');
  writeFileSync(
    csv,
    'email,password,name,notes\nnew.one@gmx.net,gmx-app-pass-1,Thunderbird,first\nnew.two@yahoo.com,yahoo-app-pass-2,iPhone Mail,second\nbank@example.com,bank-pass-3,Bank,website\nno.pass@example.com,,Broken,\n',
  );

  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-import').click();
  await page.getByTestId('import-file').setInputFiles(csv);
  await page.getByLabel('Format').selectOption('csv');
  await expect(page.getByTestId('import-csv-columns')).toContainText('header row');
  await page.getByTestId('import-preview').click();
  // Finding 27: a row without a password is skipped and listed, not a reason to refuse the file;
  // providers are named; each row to add can be unticked.
  await expect(page.getByTestId('import-summary')).toContainText('3 to add');
  await expect(page.getByTestId('import-summary')).toContainText('1 skipped');
  await expect(page.getByTestId('import-summary')).toContainText('the password is empty');
  await expect(page.getByTestId('import-summary')).toContainText('Yahoo');
  // The preview never shows a secret.
  await expect(page.getByTestId('import-dialog')).not.toContainText('gmx-app-pass-1');
  await page.getByRole('checkbox', { name: 'Import bank@example.com (Bank)' }).uncheck();
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Imported 2 entries' })).toHaveCount(1);
  await page.getByTestId('nav-vault').click();
  await expect(page.getByTestId('vault-count')).toHaveText(`${SAMPLE_ENTRIES.length + 2} entries`);

  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-export').click();
  await page.getByLabel('Format').selectOption('csv');
  await expect(page.getByTestId('export-run')).toBeDisabled();
  await page.getByLabel('I understand the CSV file holds every app password in plain text').check();
  // A plaintext export asks for the master password again (security review M5).
  await page.getByLabel('Your master password').fill(MASTER);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
  const saved = join(workDir, download.suggestedFilename());
  await download.saveAs(saved);
  const text = readFileSync(saved, 'utf8');
  expect(text).toContain('new.two@yahoo.com');
  expect(text).toContain('yahoo-app-pass-2');
  expect(text).toContain(SAMPLE_ENTRIES[0]!.account);
});

test('KeePass export needs a password; importing it back finds duplicates; a wrong file password gets its words', async ({ host, vaultPath, workDir }) => {
  const { page } = host;
  await seedAndUnlock(page, vaultPath, SAMPLE_ENTRIES);
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-export').click();
  // The file password is asked twice and rated as it is typed; two different ones are refused in words.
  await page.getByLabel('Password for the exported file').fill('Export pass 7 blue herons');
  await expect(page.getByTestId('export-dialog').getByTestId('strength-words')).not.toHaveText(/Type a password/i);
  await page.getByLabel('Type the file password again').fill('Export pass 7 blue heron');
  await page.getByTestId('export-run').click();
  await expect(page.getByTestId('export-dialog')).toContainText('The two file passwords are not the same');
  await page.getByLabel('Password for the exported file').fill('Export pass 7 blue herons');
  await page.getByLabel('Type the file password again').fill('Export pass 7 blue herons');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
  expect(download.suggestedFilename()).toMatch(/\.kdbx$/);
  const kdbx = join(workDir, download.suggestedFilename());
  await download.saveAs(kdbx);

  await page.getByTestId('settings-import').click();
  await page.getByTestId('import-file').setInputFiles(kdbx);
  await page.getByLabel('Password of the file').fill('not the export password');
  await page.getByTestId('import-preview').click();
  await expect(page.getByTestId('import-dialog').getByTestId('error')).toHaveAttribute('data-code', 'IMPORT_WRONG_PASSWORD');
  await expect(page.getByTestId('import-dialog')).toContainText('Wrong password for the imported file');
  await page.getByLabel('Password of the file').fill('Export pass 7 blue herons');
  await page.getByTestId('import-preview').click();
  await expect(page.getByTestId('import-summary')).toContainText(`${SAMPLE_ENTRIES.length} already in the vault`);
  await expect(page.getByTestId('import-apply')).toBeDisabled();
});

test('first run: "import right after creating" opens the import dialog in the new vault', async ({ host }) => {
  const { page } = host;
  await page.getByText('Other options').click();
  await page.getByTestId('import-after-create').check();
  await createVaultInUi(page);
  await expect(page.getByTestId('import-dialog')).toBeVisible();
  await expect(page.getByTestId('import-file')).toBeFocused();
});
