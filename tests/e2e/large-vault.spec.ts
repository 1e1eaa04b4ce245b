import { MASTER, unlockInUi } from './app-helpers.ts';
import { expect, test } from './host-fixture.ts';
import { manyEntries } from './sample-entries.ts';
import { createVault } from './seed-vault.ts';

const COUNT = 10_000;

test.describe.configure({ timeout: 120_000 });

test('10,000 entries: the list is virtualised and search as you type finds the right entries', async ({ host, vaultPath }) => {
  const { page } = host;
  await createVault(vaultPath, MASTER, manyEntries(COUNT));
  await page.reload();
  await unlockInUi(page);
  await expect(page.getByTestId('vault-count')).toHaveText(`${COUNT} entries`, { timeout: 30_000 });

  // Only the visible rows exist in the DOM.
  const rendered = await page.getByTestId('entry-row').count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(100);

  // An account: its four entries (indexes 4936…4939), grouped under it.
  await page.keyboard.press('Control+F');
  await expect(page.getByTestId('vault-search')).toBeFocused();
  await page.keyboard.type('user01234@');
  await expect(page.getByTestId('vault-count')).toHaveText(`4 of ${COUNT} entries`);
  await expect(page.getByTestId('entry-group')).toHaveCount(1);
  await expect(page.getByTestId('entry-group')).toContainText('user01234@example');
  // Labels A–Z within the account.
  await expect(page.getByTestId('entry-row')).toHaveText([/iPad Mail #4937/, /iPhone Mail #4936/, /Outlook #4939/, /Thunderbird #4938/]);

  // A label: exactly one entry.
  await page.getByTestId('vault-search').fill('#9999');
  await expect(page.getByTestId('vault-count')).toHaveText(`1 of ${COUNT} entries`);
  await expect(page.getByTestId('entry-row')).toHaveCount(1);
  await expect(page.getByTestId('entry-row')).toContainText('eM Client #9999');

  // Several words narrow together: provider name and device.
  await page.getByTestId('vault-search').fill('fastmail nas');
  // Providers cycle every 8 and devices every 8, in step: index ≡ 4 (fastmail) and ≡ 6 (NAS) never meet.
  await expect(page.getByTestId('vault-count')).toHaveText(`0 of ${COUNT} entries`);
  await page.getByTestId('vault-search').fill('fastmail android');
  await expect(page.getByTestId('vault-count')).toHaveText(`${COUNT / 8} of ${COUNT} entries`);

  // Nothing matches: says so.
  await page.getByTestId('vault-search').fill('no-such-entry-anywhere');
  await expect(page.getByText('Nothing matches')).toBeVisible();

  // Clearing the search brings all back; arrow keys walk the list and open details.
  await page.getByTestId('vault-search').fill('');
  await expect(page.getByTestId('vault-count')).toHaveText(`${COUNT} entries`);
  await page.getByTestId('entry-row').first().click();
  const first = await page.getByTestId('detail-label').textContent();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('detail-label')).not.toHaveText(first ?? '');
  await page.keyboard.press('End');
  await expect(page.getByTestId('entry-row').and(page.locator('[aria-current="true"]'))).toBeFocused();
});
