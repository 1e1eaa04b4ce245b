import { seedAndUnlock } from './app-helpers.ts';
import { expect, test } from './host-fixture.ts';
import { SAMPLE_ENTRIES } from './sample-entries.ts';

test('add, reveal, edit, delete with undo — all through the real core', async ({ host, vaultPath }) => {
  const { page } = host;
  await seedAndUnlock(page, vaultPath, SAMPLE_ENTRIES);
  await expect(page.getByTestId('vault-count')).toHaveText(`${SAMPLE_ENTRIES.length} entries`);

  // Add by keyboard: the dialog opens with focus in it; Esc would close it.
  await page.getByTestId('entry-add').click();
  await expect(page.getByTestId('entry-account')).toBeFocused();
  await page.keyboard.type('kim@fastmail.com');
  await page.getByTestId('entry-label').fill('Work laptop');
  await page.getByTestId('entry-secret').fill('fm-app-pass-123');
  await page.getByTestId('entry-save').click();
  await expect(page.getByTestId('entry-dialog')).toHaveCount(0);
  await expect(page.getByTestId('detail-label')).toHaveText('Work laptop');
  await expect(page.getByTestId('vault-count')).toHaveText(`${SAMPLE_ENTRIES.length + 1} entries`);

  // Reveal shows the secret only while asked; another entry hides it again.
  await expect(page.getByTestId('detail-secret')).not.toContainText('fm-app-pass-123');
  await page.getByTestId('detail-reveal').click();
  await expect(page.getByTestId('detail-secret')).toHaveText('fm-app-pass-123');
  await page.getByTestId('detail-reveal').click();
  await expect(page.getByTestId('detail-secret')).not.toContainText('fm-app-pass-123');

  // Edit the label; the secret field left empty keeps the password.
  await page.getByTestId('detail-edit').click();
  await page.getByTestId('entry-label').fill('Work laptop (Thunderbird)');
  await page.getByTestId('entry-save').click();
  await expect(page.getByTestId('detail-label')).toHaveText('Work laptop (Thunderbird)');
  await page.getByTestId('detail-reveal').click();
  await expect(page.getByTestId('detail-secret')).toHaveText('fm-app-pass-123');

  // Favourite: the star shows in the list and the core keeps it.
  await page.getByTestId('detail-favourite').click();
  await expect(page.getByTestId('detail-favourite')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('entry-row').filter({ hasText: 'Work laptop (Thunderbird)' })).toContainText('Favourite');

  // Delete, then Undo from the toast: the entry is back, secret and all.
  await page.getByTestId('detail-delete').click();
  await expect(page.getByTestId('entry-row').filter({ hasText: 'Work laptop (Thunderbird)' })).toHaveCount(0);
  await expect(page.getByTestId('vault-count')).toHaveText(`${SAMPLE_ENTRIES.length} entries`);
  await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('entry-row').filter({ hasText: 'Work laptop (Thunderbird)' })).toHaveCount(1);
  await expect(page.getByTestId('detail-label')).toHaveText('Work laptop (Thunderbird)');
  await page.getByTestId('detail-reveal').click();
  await expect(page.getByTestId('detail-secret')).toHaveText('fm-app-pass-123');

  // The activity log recorded it all, without the secret.
  await page.getByTestId('nav-activity').click();
  const log = page.getByTestId('activity-table');
  for (const kind of ['Created', 'Revealed', 'Changed', 'Removed', 'Restored']) await expect(log).toContainText(kind);
  await expect(log).not.toContainText('fm-app-pass-123');
});

test('generator: kinds, live entropy, type-it-back, and "use in a new entry"', async ({ host, vaultPath }) => {
  const { page } = host;
  await seedAndUnlock(page, vaultPath);
  await page.getByTestId('nav-generator').click();
  await page.getByRole('radio', { name: 'PIN', exact: true }).check();
  await expect(page.getByTestId('generated')).toHaveText(/^\d{6}$/);
  await expect(page.getByTestId('entropy')).toContainText('19.9 bits');
  await page.getByRole('radio', { name: 'Pattern', exact: true }).check();
  await expect(page.getByTestId('generated')).toHaveText(/^[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4}$/);
  await page.getByRole('radio', { name: 'Passphrase', exact: true }).check();
  await expect(page.getByTestId('generated')).toHaveText(/^[a-z]+(-[a-z]+){5}$/);
  const phrase = (await page.getByTestId('generated').textContent()) ?? '';

  await page.getByLabel('Type it back to check you can').check();
  await page.getByLabel('Type the password back').fill(phrase.slice(0, -1));
  await expect(page.getByText('Not the same yet.')).toBeVisible();
  await page.getByLabel('Type the password back').fill(phrase);
  await expect(page.getByText('It matches.')).toBeVisible();

  await page.getByRole('button', { name: 'Use in a new entry' }).click();
  await expect(page.getByTestId('entry-dialog')).toBeVisible();
  await expect(page.getByTestId('entry-secret')).toHaveValue(phrase);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('entry-dialog')).toHaveCount(0);
});

test('keyboard alone: Ctrl+F searches, arrows pick, Ctrl+C copies, Ctrl+L locks', async ({ host, vaultPath }) => {
  const { page } = host;
  await seedAndUnlock(page, vaultPath, SAMPLE_ENTRIES);
  await page.keyboard.press('Control+F');
  await expect(page.getByTestId('vault-search')).toBeFocused();
  await page.keyboard.type('gmail');
  await expect(page.getByTestId('vault-count')).toHaveText(`3 of ${SAMPLE_ENTRIES.length} entries`);
  // Tab from the search reaches the list; arrows move the selection and the details follow.
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('entry-row').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('detail-label')).toHaveText('Printer, scanner');
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.keyboard.press('Control+C');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('zxcvbnmasdfghjkl');
  await page.keyboard.press('Control+L');
  await expect(page.getByTestId('unlock-password')).toBeFocused();
  // Locking cleared what AppPass had copied.
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('');
});

test('locked elsewhere (auto-lock, tray): the next call brings up the lock screen', async ({ host, vaultPath }) => {
  const { page } = host;
  await seedAndUnlock(page, vaultPath, SAMPLE_ENTRIES);
  // What the user sees first: the unlocked vault. No background poll shows the lock screen by itself
  // (backgroundApi), so the Activity link is still there after a lock from outside the window.
  await expect(page.getByTestId('entry-row')).toHaveCount(SAMPLE_ENTRIES.length);
  await page.evaluate(() => window.apppass.vault.lock());
  await expect(page.getByTestId('nav-activity')).toBeVisible();
  await page.getByTestId('nav-activity').click();
  await expect(page.getByTestId('unlock-password')).toBeVisible();
  await expect(page.getByTestId('entry-row')).toHaveCount(0);
});

test('settings: the theme applies at once, is saved in the vault, and the lock screen keeps it', async ({ host, vaultPath }) => {
  const { page } = host;
  await seedAndUnlock(page, vaultPath);
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('theme-dark').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(20, 22, 26)');
  await page.getByTestId('setting-autolock').selectOption('5');
  const saved = await page.evaluate(() => window.apppass.settings.get());
  expect(saved).toMatchObject({ ok: true, value: { theme: 'dark', autoLockMinutes: 5 } });
  // Electron reloads the window on lock: the fresh page shows the lock screen in the chosen theme.
  await page.keyboard.press('Control+L');
  await page.reload();
  await expect(page.getByTestId('unlock-password')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
