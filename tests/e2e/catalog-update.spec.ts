import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG } from '../../electron/core/providers/catalog/index.ts';
import { makeMinisignKeyPair, writeSignedCatalog, type MinisignKeyPair } from '../support/minisign.ts';
import { seedAndUnlock } from './app-helpers.ts';
import { expect, test as base } from './host-fixture.ts';

// Settings → Provider catalog, against the real core: a catalog signed by the real minisign binary
// (key pair made for this test, trusted through APPPASS_CATALOG_KEY in the host's environment) is
// installed; a flipped byte is refused and the catalog in use stays as it was.
const test = base.extend<{ keys: MinisignKeyPair }>({
  // eslint-disable-next-line no-empty-pattern
  keys: async ({}, use) => {
    const keys = makeMinisignKeyPair();
    await use(keys);
    keys.remove();
  },
  hostEnv: async ({ keys }, use) => {
    await use({ APPPASS_CATALOG_KEY: keys.publicKeyLine, APPPASS_TODAY: '2026-12-15' });
  },
});

test('a signed catalog uploaded with its signature is installed; a flipped byte is refused; a typed path is never read', async ({ host, vaultPath, keys, workDir }) => {
  const { page } = host;
  const next = CATALOG.version + 1;
  const good = writeSignedCatalog(keys, join(workDir, 'catalog.json'), { ...CATALOG, version: next });
  const bad = writeSignedCatalog(keys, join(workDir, 'flipped.json'), { ...CATALOG, version: next + 1 });
  const bytes = readFileSync(bad);
  bytes.writeUInt8(bytes.readUInt8(100) ^ 0x01, 100);
  writeFileSync(bad, bytes);

  await seedAndUnlock(page, vaultPath);
  await page.getByTestId('nav-settings').click();
  const state = page.getByTestId('catalog-state');
  await expect(state).toHaveAttribute('data-version', String(CATALOG.version));
  await expect(state).toHaveAttribute('data-origin', 'built-in');

  // H2: the page cannot make the host read a path, not even a good catalog's.
  const typed = await page.evaluate((from) => window.apppass.providers.updateCatalog({ from }), good);
  expect(typed).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  await expect(state).toHaveAttribute('data-version', String(CATALOG.version));

  // The browser host has no dialog: the user uploads the catalog and its .minisig together.
  await expect(page.getByTestId('catalog-file-choose')).toHaveCount(0);
  await page.getByTestId('catalog-file-input').setInputFiles([good]);
  await page.getByTestId('catalog-file-update').click();
  await expect(page.getByTestId('catalog-file').getByRole('alert')).toContainText('Choose both files');
  await page.getByTestId('catalog-file-input').setInputFiles([good, `${good}.minisig`]);
  await page.getByTestId('catalog-file-update').click();
  await expect(state).toHaveAttribute('data-version', String(next));
  await expect(state).toContainText('Update from uploaded file catalog.json, installed 2026-12-15.');

  await page.getByTestId('catalog-file-input').setInputFiles([bad, `${bad}.minisig`]);
  await page.getByTestId('catalog-file-update').click();
  await expect(page.getByTestId('error')).toHaveAttribute('data-code', 'CATALOG_SIGNATURE_INVALID');
  await expect(page.getByTestId('error')).toContainText('signature does not check out');
  await expect(state).toHaveAttribute('data-version', String(next));
});
