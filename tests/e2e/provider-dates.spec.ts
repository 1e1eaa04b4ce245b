import { expect, test } from './host-fixture.ts';
import { seedAndUnlock } from './app-helpers.ts';

// The Microsoft 365 SMTP AUTH note is worded for the core's today (APPPASS_TODAY passed into the
// host's environment), before and after 2026-12-31; the renderer never works out the date itself.
const M365_TENANT_ADDRESS = 'admin@contoso.onmicrosoft.com';

for (const [today, opening, when] of [
  ['2026-12-15', 'From the end of December 2026', 'from 2026-12-31, in 16 days'],
  ['2027-01-05', 'Since the end of December 2026', 'since 2026-12-31, 5 days ago'],
] as const) {
  test.describe(`on ${today}`, () => {
    test.use({ hostEnv: { APPPASS_TODAY: today } });

    test(`the wizard words the Microsoft 365 SMTP AUTH note for ${today}`, async ({ host, vaultPath }) => {
      const { page } = host;
      await seedAndUnlock(page, vaultPath);
      await page.getByTestId('nav-wizard').click();
      await page.getByTestId('wizard-email').fill(M365_TENANT_ADDRESS);
      await page.getByTestId('wizard-detect').click();
      await expect(page.getByTestId('wizard-detected')).toContainText('Microsoft 365');
      await page.getByTestId('wizard-next').click();
      const headline = page.getByTestId('provider-warning').getByTestId('headline-note');
      await expect(headline).toHaveCount(1);
      await expect(headline).toContainText(opening);
      await expect(headline).toContainText(when);
      await expect(headline).toContainText('535 5.7.139');
      if (today === '2027-01-05') await expect(headline).toContainText('an administrator can turn it back on for the tenant');
      // Said once on the screen: the status notes below do not repeat it.
      await expect(page.getByText(opening)).toHaveCount(1);
    });
  });
}

test('Settings shows the catalog version and its age, judged on the core\'s today', async ({ host, vaultPath }) => {
  const { page } = host;
  await seedAndUnlock(page, vaultPath);
  await page.getByTestId('nav-settings').click();
  const state = page.getByTestId('catalog-state');
  await expect(state).toContainText(/Version \d+ of \d{4}-\d{2}-\d{2}/);
  await expect(state).toContainText('Built into this release.');
  await expect(page.getByTestId('catalog-auto')).not.toBeChecked();
});
