import { seedAndUnlock } from './app-helpers.ts';
import { expect, test } from './host-fixture.ts';

test('hygiene lists old, never-copied, revoked and shared app passwords, and the providers\' warnings', async ({ host, vaultPath }) => {
  const { page } = host;
  await seedAndUnlock(page, vaultPath, [
    { provider: 'gmail', account: 'old@gmail.com', label: 'Ancient phone', secret: 'aaaabbbbccccdddd', ageDays: 500 },
    { provider: 'yahoo', account: 'y@yahoo.com', label: 'Old tablet', secret: 'qwertyuiopasdfgh', revoked: true },
    { provider: 'icloud', account: 'me@icloud.com', label: 'iPhone, iPad', secret: 'abcd-efgh-ijkl-mnop' },
    { provider: 'microsoft365', account: 'me@contoso.com', label: 'Scanner', secret: 'mnbvcxzlkjhgfdsa' },
    // One app password typed into two devices: found by the core comparing passwords, not by the label.
    { provider: 'gmail', account: 'sam@gmail.com', label: 'Work laptop', secret: 'samesamesamesame' },
    { provider: 'gmail', account: 'sam@gmail.com', label: 'Home desktop', secret: 'samesamesamesame' },
  ]);
  await page.getByTestId('nav-hygiene').click();
  await expect(page.getByTestId('hygiene-old')).toContainText('Ancient phone');
  await expect(page.getByTestId('hygiene-old')).not.toContainText('Scanner');
  await expect(page.getByTestId('hygiene-revoked')).toContainText('Old tablet');
  await expect(page.getByTestId('hygiene-shared')).toContainText('iPhone, iPad');
  await expect(page.getByTestId('hygiene-shared')).toContainText('Work laptop');
  await expect(page.getByTestId('hygiene-shared')).toContainText('Home desktop');
  await expect(page.getByTestId('hygiene-shared')).not.toContainText('Scanner');
  await expect(page.getByTestId('hygiene-shared')).not.toContainText('samesamesamesame');
  await expect(page.getByTestId('hygiene-never-copied')).toContainText('Scanner');
  await expect(page.getByTestId('hygiene-never-copied')).not.toContainText('Old tablet');
  // Microsoft 365's dated notes are listed because an entry uses it; revoked Yahoo's are not.
  const warnings = page.getByTestId('hygiene-warnings');
  await expect(warnings).toContainText('Microsoft 365');
  await expect(warnings).toContainText(/Reported|Confirmed/);
  await expect(warnings).not.toContainText('Yahoo');
  // Every item links to the provider's page to revoke it.
  await expect(page.getByTestId('hygiene-old').getByRole('button', { name: 'Revoke at the provider' })).toHaveCount(1);
});
