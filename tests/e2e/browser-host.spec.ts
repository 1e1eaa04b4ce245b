import { request } from 'node:http';
import { join } from 'node:path';
import { MASTER, seedAndUnlock } from './app-helpers.ts';
import { builtHost, expect, hostEnvFor, test } from './host-fixture.ts';

// The built browser host's own duties, which it shares with Electron main through the host kit:
// the renderer server's headers and path guard, and auto-lock with page activity as the idle source.

/** A raw GET with the path exactly as given (fetch() would resolve the dot segments first). */
function rawGet(origin: string, path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'cross-origin-opener-policy', 'referrer-policy', 'cache-control'];

test('every answer carries the security headers, errors too; dot segments are refused as sent', async ({ host }) => {
  const ok = await rawGet(host.origin, '/');
  expect(ok.status).toBe(200);
  for (const path of ['/a/../index.html', '/%2e%2e/etc/passwd', '/missing.js']) {
    const refused = await rawGet(host.origin, path);
    expect(refused.status, path).toBe(404);
    for (const name of SECURITY_HEADERS) expect(refused.headers[name], `${path} ${name}`).toBe(ok.headers[name]);
  }
  for (const name of SECURITY_HEADERS) expect(ok.headers[name], name).toBeTruthy();
  expect(ok.headers['content-security-policy']).toContain("script-src 'self'");
});

test('auto-lock: page activity is the idle source; vault.status calls never count as activity', async ({ chromiumBrowser, workDir }) => {
  test.skip(chromiumBrowser === null, 'e2e needs chromium');
  let now = 1_000_000;
  const vaultPath = join(workDir, 'idle.apppass');
  const host = await (await builtHost()).runBrowserHost({ env: hostEnvFor(workDir, vaultPath, {}), browser: chromiumBrowser!, headless: true, now: () => now });
  try {
    const { page } = host;
    await seedAndUnlock(page, vaultPath);
    expect(await page.evaluate(async () => (await window.apppass.settings.update({ autoLockMinutes: 1 })).ok)).toBe(true);

    // The user types: idle is 0. A minute passes with only API calls from the page: it locks.
    await page.keyboard.press('Shift');
    await expect.poll(() => host.idleSeconds()).toBe(0);
    now += 61_000;
    for (let i = 0; i < 3; i += 1) await page.evaluate(() => window.apppass.vault.status());
    host.autoLock.poll();
    await expect(page.getByTestId('unlock-password')).toBeVisible();
    expect(await page.evaluate(async () => {
      const r = await window.apppass.vault.status();
      return r.ok ? r.value.unlocked : null;
    })).toBe(false);

    // Unlocked again, a minute passes, then the user moves: no lock.
    await page.getByTestId('unlock-password').fill(MASTER);
    await page.getByTestId('unlock').click();
    await expect(page.getByTestId('nav-vault')).toBeVisible({ timeout: 20_000 });
    now += 61_000;
    await page.keyboard.press('Shift');
    await expect.poll(() => host.idleSeconds()).toBe(0);
    host.autoLock.poll();
    expect(await page.evaluate(async () => {
      const r = await window.apppass.vault.status();
      return r.ok ? r.value.unlocked : null;
    })).toBe(true);
  } finally {
    await host.close();
  }
});

test('the lock screen keeps the chosen theme after the browser host is started again (finding 36)', async ({ chromiumBrowser, workDir }) => {
  test.skip(chromiumBrowser === null, 'e2e needs chromium');
  const vaultPath = join(workDir, 'theme.apppass');
  const env = hostEnvFor(workDir, vaultPath, {});
  const first = await (await builtHost()).runBrowserHost({ env, browser: chromiumBrowser!, headless: true });
  try {
    await seedAndUnlock(first.page, vaultPath);
    await first.page.getByTestId('nav-settings').click();
    await first.page.getByTestId('theme-dark').check();
    await expect(first.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  } finally {
    await first.close();
  }
  // A fresh page storage: the host hands over the theme it remembered (not secret) before the app runs.
  const second = await (await builtHost()).runBrowserHost({ env, browser: chromiumBrowser!, headless: true });
  try {
    await expect(second.page.getByTestId('unlock-password')).toBeVisible();
    await expect(second.page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // Within one start the renderer's own choice wins over the remembered one.
    await second.page.getByTestId('unlock-password').fill(MASTER);
    await second.page.getByTestId('unlock').click();
    await second.page.getByTestId('nav-settings').click();
    await second.page.getByTestId('theme-light').check();
    await second.page.keyboard.press('Control+L');
    await second.page.reload();
    await expect(second.page.getByTestId('unlock-password')).toBeVisible();
    await expect(second.page.locator('html')).toHaveAttribute('data-theme', 'light');
  } finally {
    await second.close();
  }
});
