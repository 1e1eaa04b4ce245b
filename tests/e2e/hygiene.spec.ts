import { seedAndUnlock } from './app-helpers.ts';
import { expect, test } from './host-fixture.ts';

test('hygiene ranks by urgency (Microsoft 365 SMTP AUTH deadline first), lists revoked, shared, old and never-used app passwords, and every item opens its entry', async ({ host, vaultPath }) => {
  const { page } = host;
  await seedAndUnlock(page, vaultPath, [
    { provider: 'gmail', account: 'old@gmail.com', label: 'Ancient phone', secret: 'aaaabbbbccccdddd', ageDays: 500, copiedDaysAgo: 3 },
    { provider: 'yahoo', account: 'y@yahoo.com', label: 'Old tablet', secret: 'qwertyuiopasdfgh', revoked: true },
    { provider: 'icloud', account: 'me@icloud.com', label: 'iPhone, iPad', secret: 'abcd-efgh-ijkl-mnop', copiedDaysAgo: 1 },
    { provider: 'microsoft365', account: 'me@contoso.com', label: 'Scanner', secret: 'mnbvcxzlkjhgfdsa' },
    { provider: 'fastmail', account: 'f@fastmail.com', label: 'Forgotten laptop', secret: 'zzzzyyyyxxxxwwww', ageDays: 30 },
    // One app password typed into two devices: found by the core comparing passwords, not by the label.
    { provider: 'gmail', account: 'sam@gmail.com', label: 'Work laptop', secret: 'samesamesamesame', copiedDaysAgo: 1 },
    { provider: 'gmail', account: 'sam@gmail.com', label: 'Home desktop', secret: 'samesamesamesame', copiedDaysAgo: 1 },
  ]);
  await page.getByTestId('nav-hygiene').click();
  // Urgent first: the Microsoft 365 SMTP AUTH date with a countdown, in the provider note's own words.
  const urgent = page.getByTestId('hygiene-urgent');
  await expect(urgent).toContainText('Scanner');
  await expect(urgent).toContainText(/in \d+ days \(2026-12-31\)|since 2026-12-31/);
  const kinds = await page.getByTestId('hygiene-item').evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')));
  expect(kinds[0]).toBe('deadline');
  expect(kinds.indexOf('revoked')).toBeLessThan(kinds.indexOf('old'));
  await expect(page.getByTestId('hygiene-old')).toContainText('Ancient phone');
  await expect(page.getByTestId('hygiene-old')).not.toContainText('Scanner');
  await expect(page.getByTestId('hygiene-revoked')).toContainText('Old tablet');
  await expect(page.getByTestId('hygiene-shared')).toContainText('iPhone, iPad');
  await expect(page.getByTestId('hygiene-shared')).toContainText('Work laptop');
  await expect(page.getByTestId('hygiene-shared')).toContainText('Home desktop');
  await expect(page.getByTestId('hygiene-shared')).not.toContainText('Scanner');
  await expect(page.getByTestId('hygiene-shared')).not.toContainText('samesamesamesame');
  // "Never used" waits a week: the Scanner made today is not flagged, the 30-day-old laptop is.
  await expect(page.getByTestId('hygiene-never-used')).toContainText('Forgotten laptop');
  await expect(page.getByTestId('hygiene-never-used')).not.toContainText('Scanner');
  // Provider notes come last, only for providers of live entries.
  const warnings = page.getByTestId('hygiene-warnings');
  await expect(warnings).toContainText('Microsoft 365');
  await expect(warnings).toContainText(/Reported|Confirmed/);
  await expect(warnings).not.toContainText('Yahoo');
  // Every item opens its entry.
  await page.getByTestId('hygiene-old').getByTestId('hygiene-item').click();
  await expect(page.getByTestId('detail-label')).toHaveText('Ancient phone');
});
