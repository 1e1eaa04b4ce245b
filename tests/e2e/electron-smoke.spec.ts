import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error -- plain .mjs helper without type declarations (returns string | null).
import { findElectronRuntime } from '../../build/electron-runtime.mjs';

// Runs only with `npm run test:electron` (APPPASS_ELECTRON_SMOKE=1): it needs a real Electron binary,
// which cannot be downloaded on machines without internet, so `npm test` leaves it out rather than
// skipping it. Everything it checks is also covered by tests/unit/main and tests/integration/built
// against a fake electron module.
const executablePath = (findElectronRuntime as () => string | null)();
const root = new URL('../../', import.meta.url).pathname;

test.describe('Electron app (real binary)', () => {
  if (executablePath === null) {
    throw new Error('No Electron binary installed (node_modules/electron has no dist/; its download needs internet). Run `npx install-electron` where the internet is reachable.');
  }

  test('opens hardened from apppass://, exposes exactly the contract, and answers app.info', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apppass-electron-'));
    const app = await electron.launch({
      executablePath: executablePath!,
      args: [root],
      env: { ...process.env, APPPASS_VAULT: join(dir, 'vault.apppass') },
    });
    try {
      const page = await app.firstWindow();
      expect(page.url()).toBe('apppass://app/index.html');
      const surface = await page.evaluate(async () => {
        const w = window as unknown as { apppass: { app: { info: () => Promise<{ ok: boolean }> } }; require?: unknown; process?: unknown };
        return { hasRequire: typeof w.require, hasProcess: typeof w.process, info: await w.apppass.app.info() };
      });
      expect(surface.hasRequire).toBe('undefined');
      expect(surface.hasProcess).toBe('undefined');
      expect(surface.info.ok).toBe(true);
      const contentProtected = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().every((w) => w.isContentProtected()));
      expect(contentProtected).toBe(true);
      // window.open is denied.
      const popups: unknown[] = [];
      app.on('window', (w) => popups.push(w));
      await page.evaluate(() => window.open('https://example.com/'));
      await page.waitForTimeout(300);
      expect(popups).toHaveLength(0);
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
