import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../../../electron/core/providers/index.ts';
import { missingTools } from '../../support/require-tool.ts';
import { MINISIGN_TOOLS, makeMinisignKeyPair, writeSignedCatalog, type MinisignKeyPair } from '../../support/minisign.ts';
import { SECRET_SERVICE_TOOLS, startSecretService, useBus, type SecretService } from '../../support/secret-service.ts';
import { loadBuiltMain, type BuiltMain } from '../../support/built-main.ts';

/**
 * H2, the gap issue 16 left: providers.updateCatalog({ from }) read any file the renderer named.
 * The BUILT Electron main (dist/main/main.cjs under a fake electron) is driven through its IPC
 * handlers: a renderer-chosen path, a FIFO among them, is refused before anything is opened (the
 * call answers at once; a read of the FIFO would block), the catalog stays. What works: the main
 * process's open dialog, whose choice reaches the renderer as a one-time grant.
 */
const missing = missingTools([...SECRET_SERVICE_TOOLS, ...MINISIGN_TOOLS]);
if (missing) throw new Error(`The built-main catalog tests need ${missing}; .ci/run installs them.`);

const TODAY = '2026-12-15';
let dir: string;
let keys: MinisignKeyPair;
let keyring: SecretService;
let restoreBus: () => void;
let app: BuiltMain;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'apppass-renderer-catalog-'));
  keys = makeMinisignKeyPair();
  keyring = await startSecretService();
  restoreBus = useBus(keyring);
  app = await loadBuiltMain({
    env: { APPPASS_VAULT: join(dir, 'vault.apppass'), APPPASS_CATALOG_DIR: join(dir, 'catalog'), APPPASS_CATALOG_KEY: keys.publicKeyLine, APPPASS_TODAY: TODAY },
  });
});
afterAll(async () => {
  app?.close();
  restoreBus?.();
  await keyring?.stop();
  keys?.remove();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe('dist/main/main.cjs: providers.updateCatalog takes no path from the renderer (H2)', () => {
  it('renderer-chosen paths (a signed catalog, a FIFO, file://) are refused and nothing is read', async () => {
    const signed = writeSignedCatalog(keys, join(dir, 'catalog-v9.json'), { ...CATALOG, version: 9 });
    const fifo = join(dir, 'catalog-pipe.json');
    execFileSync('mkfifo', [fifo]);
    const before = statSync(signed).atimeMs;
    for (const from of [signed, fifo, `file://${signed}`, 'catalog-v9.json']) {
      const result = await app.invoke('providers.updateCatalog', { from });
      expect(result, JSON.stringify(result)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(statSync(signed).atimeMs).toBe(before);
    expect(await app.invoke('providers.catalogStatus')).toMatchObject({ ok: true, value: { origin: 'built-in', version: CATALOG.version } });
  });

  it('what works: the main process’s open dialog hands the renderer a one-time grant', async () => {
    const signed = writeSignedCatalog(keys, join(dir, 'catalog-v10.json'), { ...CATALOG, version: 10 });
    app.electron.fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [signed] });
    const choice = await app.invoke('providers.pickCatalogFile');
    expect(choice).toMatchObject({ ok: true, value: { path: signed } });
    const grant = (choice.value as { grant: string }).grant;
    expect(await app.invoke('providers.updateCatalog', { grant })).toMatchObject({ ok: true, value: { installed: true, catalog: { version: 10, origin: 'update' } } });
    expect(await app.invoke('providers.updateCatalog', { grant })).toMatchObject({ ok: false, error: { code: 'USAGE' } });
  });
});
