import { MASTER, seedAndUnlock } from './app-helpers.ts';
import { expect, test } from './host-fixture.ts';
import { SECRET_SERVICE_TOOLS, startSecretService, useBus, type SecretService } from '../support/secret-service.ts';
import { missingTools } from '../support/require-tool.ts';
import { SAMPLE_ENTRIES } from './sample-entries.ts';

const missing = missingTools(SECRET_SERVICE_TOOLS);

// libdbus reads DBUS_SESSION_BUS_ADDRESS once per process and keeps what it found: once any test in
// this worker has asked the keychain with no bus, pointing the process at a bus later has no effect.
// So this file is named to run first in its worker (a globalSetup that starts the Secret Service
// before the workers would lift that constraint).

test.describe('quick unlock with the real Secret Service (gnome-keyring on a private bus)', () => {
  test.skip(missing !== false, `needs ${missing || ''}`);
  let service: SecretService | undefined;
  let restoreEnv: (() => void) | undefined;
  // Taking the worker's Chromium first launches it before the env points at the private bus: a
  // browser started on that bus would die with it in afterAll, failing the worker's next tests.
  test.beforeAll(async ({ chromiumBrowser: _launchedFirst }) => {
    service = await startSecretService();
    restoreEnv = useBus(service);
  });
  test.afterAll(async () => {
    restoreEnv?.();
    await service?.stop();
  });

  test('turn it on in Settings, lock, unlock with the keychain; a locked keychain gets its words', async ({ host, vaultPath }) => {
    const { page } = host;
    await seedAndUnlock(page, vaultPath, SAMPLE_ENTRIES);
    // The core gives the keychain 2 s to answer; a freshly started gnome-keyring on a busy machine
    // may need longer for its first answer, so wait until it answers before opening Settings.
    await expect
      .poll(async () => page.evaluate(async () => {
        const r = await window.apppass.keychain.status();
        return r.ok && r.value.available;
      }), { timeout: 20_000 })
      .toBe(true);
    await page.getByTestId('nav-settings').click();
    await expect(page.getByTestId('keychain-state')).toContainText('Off');
    await page.getByTestId('keychain-toggle').click();
    await page.getByTestId('keychain-password').fill(MASTER);
    await page.getByTestId('keychain-enable').click();
    await expect(page.getByTestId('keychain-state')).toContainText('On');
    await expect(page.getByTestId('keychain-password')).toHaveCount(0);

    await page.keyboard.press('Control+L');
    await page.getByTestId('unlock-keychain').click();
    await expect(page.getByTestId('entry-row')).toHaveCount(SAMPLE_ENTRIES.length);

    await service?.lockCollection();
    await page.keyboard.press('Control+L');
    await page.getByTestId('unlock-keychain').click();
    await expect(page.getByTestId('unlock-error')).toHaveAttribute('data-code', 'KEYCHAIN_UNAVAILABLE');
    await expect(page.getByTestId('unlock-error')).toContainText('system keychain is not available');
    // The master password still works.
    await page.getByTestId('unlock-password').fill(MASTER);
    await page.getByTestId('unlock').click();
    await expect(page.getByTestId('entry-row')).toHaveCount(SAMPLE_ENTRIES.length);
  });
});
