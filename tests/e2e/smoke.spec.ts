import { expect, test } from './host-fixture.ts';

test('the app opens and shows data that came from the real core', async ({ host, vaultPath }) => {
  const { page } = host;
  // First run: the About dialog is reachable before any vault exists.
  await page.getByTestId('nav-about').click();
  // The built host reports the version it was built with (package.json).
  await expect(page.getByTestId('app-version')).toHaveText(/^\d+\.\d+\.\d+/);
  await expect(page.getByTestId('app-vault-path')).toHaveText(vaultPath);
  await expect(page.getByTestId('app-platform')).toHaveText(process.platform);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('about-dialog')).toHaveCount(0);
});

test('the page sees exactly the contract and nothing generic', async ({ host }) => {
  const surface = await host.page.evaluate(() => ({
    binding: Object.keys(window).filter((k) => k.startsWith('__apppass')),
    frozen: Object.isFrozen(window.apppass),
    info: typeof window.apppass.app.info,
  }));
  expect(surface).toEqual({ binding: [], frozen: true, info: 'function' });
});

test('a malformed payload is refused with VALIDATION by the real dispatch', async ({ host }) => {
  const result = await host.page.evaluate(() => (window.apppass.app.info as (input: unknown) => Promise<unknown>)({ evil: true }));
  expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
});
