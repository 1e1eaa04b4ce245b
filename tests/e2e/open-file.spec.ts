import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoSeriousA11yViolations, MASTER, unlockInUi } from './app-helpers.ts';
import { expect, test } from './host-fixture.ts';
import { SAMPLE_ENTRIES } from './sample-entries.ts';
import { createVault, KDF_FLOOR_FOR_TESTS } from './seed-vault.ts';

const appInfo = () => window.apppass.app.info();

test('first run: open an existing vault file elsewhere, unlock it, see its entries', async ({ host, workDir, vaultPath }) => {
  const { page } = host;
  // A vault made by the real core somewhere else (a synced folder, say); none at the default path.
  const elsewhere = join(workDir, 'Sync', 'work.apppass');
  mkdirSync(join(workDir, 'Sync'));
  await createVault(elsewhere, MASTER, SAMPLE_ENTRIES.slice(0, 3), KDF_FLOOR_FOR_TESTS);
  await expect(page.getByTestId('create-vault')).toBeVisible();

  // The card switches to the open form, focus in the path field; the browser host has no file dialog.
  await page.getByTestId('open-existing').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Open an existing vault file' })).toBeVisible();
  await expect(page.getByTestId('create-vault')).toHaveCount(0);
  const field = page.getByRole('textbox', { name: 'Vault file path' });
  await expect(field).toBeFocused();
  await expect(page.getByTestId('open-file-browse')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'first run, open an existing vault file');

  // Keyboard: type the path, Enter opens it.
  await page.keyboard.type(elsewhere);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('unlock-password')).toBeFocused();
  await expect(page.getByTestId('unlock-vault-path')).toContainText(elsewhere);
  expect(await page.evaluate(appInfo)).toMatchObject({ ok: true, value: { vaultPath: elsewhere, canPickFiles: false } });

  await unlockInUi(page);
  await expect(page.getByTestId('nav-vault')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('vault-count')).toHaveText('3 entries');
  for (const label of ['iPhone Mail', 'Thunderbird (laptop)', 'Printer, scanner']) {
    await expect(page.getByTestId('entry-row').filter({ hasText: label })).toHaveCount(1);
  }
  // Nothing was made at the default path.
  expect(existsSync(vaultPath)).toBe(false);
});

test('a damaged, missing or relative file shows its words and changes nothing', async ({ host, workDir, vaultPath }) => {
  const { page } = host;
  const damaged = join(workDir, 'damaged.apppass');
  writeFileSync(damaged, 'this is a shopping list, not a vault\n');
  await page.getByTestId('open-existing').click();
  const field = page.getByTestId('open-file-path');
  const error = page.getByTestId('open-file-error');

  await field.fill(damaged);
  await page.getByTestId('open-file-submit').click();
  await expect(error).toHaveAttribute('data-code', 'VAULT_CORRUPT');
  await expect(error).toContainText('not an AppPass vault');
  await expect(field).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'first run, open file error');

  await field.fill(join(workDir, 'no-such.apppass'));
  await field.press('Enter');
  await expect(error).toHaveAttribute('data-code', 'NOT_FOUND');
  await expect(error).toContainText('There is no file at that path');

  await field.fill('vault.apppass');
  await field.press('Enter');
  await expect(error).toHaveAttribute('data-code', 'USAGE');
  await expect(error).toContainText('not a full path');

  // Still the first run for the default path, and the damaged file is as it was; Cancel goes back to
  // creating a vault, with focus on the way back to this form.
  expect(readFileSync(damaged, 'utf8')).toBe('this is a shopping list, not a vault\n');
  expect(existsSync(vaultPath)).toBe(false);
  expect(await page.evaluate(appInfo)).toMatchObject({ ok: true, value: { vaultPath } });
  await page.getByTestId('open-file-cancel').click();
  await expect(page.getByTestId('open-existing')).toBeFocused();
  await expect(page.getByTestId('open-file-form')).toHaveCount(0);
  await expect(page.getByTestId('create-vault')).toBeVisible();
});

test('unlock screen: "Open another vault file…" shows the current path; a bad file keeps the current vault', async ({ host, workDir, vaultPath }) => {
  const { page } = host;
  await createVault(vaultPath, MASTER, SAMPLE_ENTRIES.slice(0, 2), KDF_FLOOR_FOR_TESTS);
  const other = join(workDir, 'other.apppass');
  const otherPassword = 'Another vault, another 9 lanterns';
  await createVault(other, otherPassword, SAMPLE_ENTRIES.slice(3, 4), KDF_FLOOR_FOR_TESTS);
  const damaged = join(workDir, 'damaged.apppass');
  writeFileSync(damaged, Buffer.alloc(200, 7));
  await page.reload();

  await page.getByTestId('open-another').click();
  await expect(page.getByTestId('open-file-current')).toContainText(vaultPath);
  await expect(page.getByTestId('open-file-path')).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'unlock, open another vault file');
  await page.getByTestId('open-file-path').fill(damaged);
  await page.getByTestId('open-file-submit').click();
  await expect(page.getByTestId('open-file-error')).toHaveAttribute('data-code', 'VAULT_CORRUPT');
  await expect(page.getByTestId('open-file-path')).toBeFocused(); // back in the field to correct it
  // Esc goes back like Cancel.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('open-another')).toBeFocused();
  await expect(page.getByTestId('unlock-vault-path')).toContainText(vaultPath);

  // Now a good one: the unlock screen switches to it, and only its password opens it.
  await page.getByTestId('open-another').click();
  await page.getByTestId('open-file-path').fill(other);
  await page.getByTestId('open-file-path').press('Enter');
  await expect(page.getByTestId('unlock-vault-path')).toContainText(other);
  await unlockInUi(page, MASTER);
  await expect(page.getByTestId('unlock-error')).toHaveAttribute('data-code', 'WRONG_PASSWORD');
  await unlockInUi(page, otherPassword);
  await expect(page.getByTestId('nav-vault')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('vault-count')).toHaveText('1 entries');
  await expect(page.getByTestId('entry-row')).toHaveCount(1);
  await expect(page.getByTestId('entry-row')).toContainText('Thunderbird');
  await expect(page.getByTestId('entry-row')).toContainText('iCloud');
});

test('H2: the browser host reads a typed path only inside its start vault folder; outside, nothing is read or switched', async ({ host, vaultPath }) => {
  const { page } = host;
  // A real vault outside the host's folder, and a FIFO (a read would block the host).
  const outside = mkdtempSync(join(tmpdir(), 'apppass-e2e-outside-'));
  try {
    const foreign = join(outside, 'foreign.apppass');
    await createVault(foreign, MASTER, SAMPLE_ENTRIES.slice(0, 1), KDF_FLOOR_FOR_TESTS);
    const fifo = join(outside, 'pipe.apppass');
    execFileSync('mkfifo', [fifo]);
    const before = statSync(foreign).atimeMs;
    await page.getByTestId('open-existing').click();
    const field = page.getByTestId('open-file-path');
    const error = page.getByTestId('open-file-error');
    for (const path of [foreign, fifo, '/etc/passwd']) {
      await field.fill(path);
      await field.press('Enter');
      await expect(error).toHaveAttribute('data-code', 'USAGE');
      await expect(error).toContainText('opens vault files only from its own folder');
      await expect(field).toBeFocused();
    }
    // The page calling the API itself gets the same answer.
    expect(await page.evaluate((path) => window.apppass.vault.openFile({ path }), foreign)).toMatchObject({ ok: false, error: { code: 'USAGE', details: { reason: 'outside-vault-folder' } } });
    expect(statSync(foreign).atimeMs).toBe(before);
    expect(await page.evaluate(appInfo)).toMatchObject({ ok: true, value: { vaultPath, canPickFiles: false } });
  } finally {
    rmSync(outside, { recursive: true, force: true });
  }
});
