import { expectNoSeriousA11yViolations } from './app-helpers.ts';
import { expect, test } from './host-fixture.ts';

const KDF = { memoryKiB: 19456, iterations: 2, parallelism: 1 };

test('quick search: typing filters, arrows (wrapping), Home and End choose, Enter copies the chosen password, Esc clears', async ({ host }) => {
  const { page, origin } = host;
  await page.evaluate(async (kdf) => {
    const api = window.apppass;
    await api.vault.create({ password: 'correct horse battery staple 42', kdf });
    await api.entries.add({ provider: 'gmail', account: 'sam@gmail.com', label: 'iPhone Mail', secret: 'aaaabbbbccccdddd' });
    await api.entries.add({ provider: 'gmail', account: 'sam@gmail.com', label: 'Thunderbird', secret: 'eeeeffffgggghhhh' });
    await api.entries.add({ provider: 'yahoo', account: 'sam@yahoo.com', label: 'Outlook', secret: 'iiiijjjjkkkkllll' });
  }, KDF);
  await page.goto(`${origin}/index.html#/quick-search`);

  const field = page.getByRole('combobox', { name: 'Search app passwords' });
  await expect(field).toBeFocused();
  await expect(page.getByRole('option')).toHaveCount(3);

  await field.fill('gmail');
  await expect(page.getByRole('option')).toHaveCount(2);
  await expect(page.getByRole('option').nth(0)).toHaveAttribute('aria-selected', 'true');
  await field.press('ArrowDown');
  await expect(page.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  // The arrows wrap; Home and End jump (renderer/src/quick-search/quick-search-state.ts).
  await field.press('ArrowDown');
  await expect(page.getByRole('option').nth(0)).toHaveAttribute('aria-selected', 'true');
  await field.press('End');
  await expect(page.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  await field.press('Home');
  await expect(page.getByRole('option').nth(0)).toHaveAttribute('aria-selected', 'true');
  await field.press('ArrowUp');
  await expect(page.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  const chosen = (await page.getByRole('option').nth(1).textContent()) ?? '';
  await field.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Copied — clears in 20 s');
  const expected = chosen.includes('Thunderbird') ? 'eeeeffffgggghhhh' : 'aaaabbbbccccdddd';
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

  await field.fill('nothing like this');
  await expect(page.getByRole('status')).toHaveText('Nothing matches.');
  await field.press('Escape');
  await expect(field).toHaveValue('');

  await expectNoSeriousA11yViolations(page, 'quick search');
});

test('quick search on a locked vault unlocks in place; Shift+Enter copies the account', async ({ host }) => {
  const { page, origin } = host;
  await page.evaluate(async (kdf) => {
    await window.apppass.vault.create({ password: 'correct horse battery staple 42', kdf });
    await window.apppass.entries.add({ provider: 'gmail', account: 'sam@gmail.com', label: 'iPhone Mail', secret: 'aaaabbbbccccdddd' });
    await window.apppass.vault.lock();
  }, KDF);
  await page.goto(`${origin}/index.html#/quick-search`);
  await expect(page.getByRole('status')).toHaveText('The vault is locked. Unlock it here with your master password.');
  await expect(page.getByRole('option')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'quick search, locked');
  // A wrong password is said next to the field, which is emptied; the right one shows the entries.
  await page.getByTestId('quick-unlock-password').fill('not the master password');
  await page.getByTestId('quick-unlock-password').press('Enter');
  await expect(page.getByTestId('quick-unlock').getByRole('alert')).toContainText('Wrong master password');
  await expect(page.getByTestId('quick-unlock-password')).toHaveValue('');
  await page.getByTestId('quick-unlock-password').fill('correct horse battery staple 42');
  await page.getByTestId('quick-unlock-password').press('Enter');
  await expect(page.getByRole('option')).toHaveCount(1);
  await expect(page.getByTestId('quick-unlock')).toHaveCount(0);
  const field = page.getByRole('combobox', { name: 'Search app passwords' });
  await field.focus();
  await field.press('Shift+Enter');
  await expect(page.getByRole('status')).toHaveText('Account copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('sam@gmail.com');
});
