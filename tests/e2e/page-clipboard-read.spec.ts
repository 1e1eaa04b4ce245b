import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtHost, expect, hostEnvFor, test } from './host-fixture.ts';

// L13: in the browser host as `npm run start:browser` starts it, the page may write to the clipboard
// but never read it (it read the user's clipboard before); the host's clipboard guard still checks
// what the clipboard holds and clears its copy on lock. The fixture's own host (whose page the test
// lets read) watches the same Chromium clipboard.
test('the page cannot read the clipboard; the host still clears its copy on lock', async ({ host: observer, chromiumBrowser }) => {
  const dir = mkdtempSync(join(tmpdir(), 'apppass-e2e-clip-'));
  const host = await (await builtHost()).runBrowserHost({ env: hostEnvFor(dir, join(dir, 'vault.apppass'), {}), browser: chromiumBrowser ?? undefined, headless: true });
  try {
    const { page } = host;
    await observer.page.evaluate(() => navigator.clipboard.writeText('something the user copied elsewhere'));
    const read = await page.evaluate(() => navigator.clipboard.readText().then((text) => ({ text }), (error: Error) => ({ refused: error.name })));
    expect(read).toEqual({ refused: 'NotAllowedError' });
    const state = await page.evaluate(() => navigator.permissions.query({ name: 'clipboard-read' as PermissionName }).then((p) => p.state));
    expect(state).not.toBe('granted');

    const copied = await page.evaluate(async () => {
      const api = window.apppass;
      await api.vault.create({ password: 'correct horse battery staple 42', kdf: { memoryKiB: 19456, iterations: 2, parallelism: 1 } });
      return api.clipboard.copySecret({ text: 'page-clip-Secret-9' });
    });
    expect(copied).toMatchObject({ ok: true });
    await expect.poll(() => observer.page.evaluate(() => navigator.clipboard.readText())).toBe('page-clip-Secret-9');
    // Still no read for the page after the host's own read for its check.
    await page.evaluate(() => window.apppass.vault.lock());
    await expect.poll(() => observer.page.evaluate(() => navigator.clipboard.readText())).toBe('');
    await page.waitForLoadState();
    const after = await page.evaluate(() => navigator.clipboard.readText().then(() => 'read', () => 'refused'));
    expect(after).toBe('refused');
  } finally {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
