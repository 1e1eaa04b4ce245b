import type { Page } from 'playwright-core';

/** Through the wizard for a detected provider up to the Test step: address, checklist, create, paste. */
export async function walkWizardToTest(page: Page, email: string, label: string, secret: string): Promise<void> {
  await page.getByTestId('nav-wizard').click();
  await page.getByTestId('wizard-email').fill(email);
  await page.getByTestId('wizard-detect').click();
  await page.getByTestId('wizard-detected').waitFor();
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-checklist-ok').check();
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-label').fill(label);
  await page.getByTestId('wizard-secret').fill(secret);
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-step-test').waitFor();
}
