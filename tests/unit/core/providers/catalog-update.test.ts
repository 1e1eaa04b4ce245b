import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../../electron/contract/calls/providers.ts';
import { CATALOG, BUILT_IN, getProvider, setCatalogInUse } from '../../../../electron/core/providers/index.ts';
import { CatalogService } from '../../../../electron/core/providers/catalog-update/index.ts';
import { isAppError } from '../../../../electron/core/errors/index.ts';
import { missingTools } from '../../../support/require-tool.ts';
import { MINISIGN_TOOLS, makeMinisignKeyPair, writeSignedCatalog, type MinisignKeyPair } from '../../../support/minisign.ts';

const missing = missingTools([...MINISIGN_TOOLS]);
const TODAY = '2026-12-15';

/** The built-in catalog with a new version (and a visible change, so the switch can be seen). */
function catalogVersion(version: number, change: Partial<Catalog> = {}): Catalog {
  const providers = CATALOG.providers.map((p) => (p.id === 'posteo' ? { ...p, name: `Posteo (catalog ${version})` } : p));
  return { ...CATALOG, version, providers, ...change };
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  return 'accepted';
}

describe.skipIf(missing)('signed catalog updates (signed by the real minisign binary)', () => {
  let keys: MinisignKeyPair;
  let other: MinisignKeyPair;
  const service = (extra: NodeJS.ProcessEnv = {}) =>
    new CatalogService({ dir: join(keys.dir, 'state'), env: { APPPASS_CATALOG_KEY: keys.publicKeyLine, APPPASS_TODAY: TODAY, ...extra } });
  const installedFile = () => readFileSync(join(keys.dir, 'state', 'installed-catalog.json'), 'utf8');

  beforeAll(() => {
    keys = makeMinisignKeyPair();
    other = makeMinisignKeyPair();
  });
  afterAll(() => {
    keys.remove();
    other.remove();
  });
  afterEach(() => setCatalogInUse(BUILT_IN));

  it('installs a newer catalog signed with minisign (prehashed, the default), and lookups use it at once', async () => {
    const file = writeSignedCatalog(keys, join(keys.dir, 'v2.json'), catalogVersion(2));
    const s = service();
    const result = await s.update(file);
    expect(result.installed).toBe(true);
    expect(result.catalog).toMatchObject({ version: 2, origin: 'update', updateSource: file, installedOn: TODAY, today: TODAY });
    expect(getProvider('posteo').name).toBe('Posteo (catalog 2)');
    // A restart loads the stored update again, checking its signature again.
    setCatalogInUse(BUILT_IN);
    await service().ensureLoaded();
    expect(getProvider('posteo').name).toBe('Posteo (catalog 2)');
  });

  it('refuses one flipped byte, a rollback, an expired catalog and another key; the catalog in use and its file stay as they were', async () => {
    const s = service();
    await s.update(writeSignedCatalog(keys, join(keys.dir, 'v3.json'), catalogVersion(3)));
    const before = installedFile();

    const flipped = writeSignedCatalog(keys, join(keys.dir, 'v4.json'), catalogVersion(4));
    const bytes = readFileSync(flipped);
    bytes.writeUInt8(bytes.readUInt8(Math.floor(bytes.length / 2)) ^ 0x01, Math.floor(bytes.length / 2));
    writeFileSync(flipped, bytes);
    expect(await refusal(s.update(flipped))).toBe('CATALOG_SIGNATURE_INVALID');

    expect(await refusal(s.update(writeSignedCatalog(keys, join(keys.dir, 'v2-again.json'), catalogVersion(2))))).toBe('CATALOG_ROLLBACK');
    expect(await refusal(s.update(writeSignedCatalog(keys, join(keys.dir, 'v5-expired.json'), catalogVersion(5, { expires: '2026-12-14' }))))).toBe('CATALOG_EXPIRED');
    expect(await refusal(s.update(writeSignedCatalog(other, join(keys.dir, 'v6-other-key.json'), catalogVersion(6))))).toBe('CATALOG_SIGNATURE_INVALID');

    const unsigned = join(keys.dir, 'v7-unsigned.json');
    writeFileSync(unsigned, JSON.stringify(catalogVersion(7)));
    expect(await refusal(s.update(unsigned))).toBe('CATALOG_SIGNATURE_INVALID');

    expect((await s.status()).version).toBe(3);
    expect(getProvider('posteo').name).toBe('Posteo (catalog 3)');
    expect(installedFile()).toBe(before);
  });

  it('refuses a signed file that is not a catalog, and a changed trusted comment', async () => {
    const s = service();
    const junk = join(keys.dir, 'junk.json');
    writeFileSync(junk, '{"schema":1,"version":99}');
    keys.sign(junk);
    expect(await refusal(s.update(junk))).toBe('CATALOG_INVALID');

    const file = writeSignedCatalog(keys, join(keys.dir, 'v8.json'), catalogVersion(8));
    const sig = readFileSync(`${file}.minisig`, 'utf8').replace(/^trusted comment: .*$/m, 'trusted comment: something else');
    writeFileSync(`${file}.minisig`, sig);
    expect(await refusal(s.update(file))).toBe('CATALOG_SIGNATURE_INVALID');
  });

  it('accepts minisign\'s legacy (non-prehashed) signatures, and the same version again changes nothing', async () => {
    const s = service();
    const file = writeSignedCatalog(keys, join(keys.dir, 'v9-legacy.json'), catalogVersion(9), { legacy: true });
    expect((await s.update(file)).installed).toBe(true);
    expect((await s.update(file)).installed).toBe(false);
  });

  it('at start, ignores a stored update whose file was tampered with, and says why', async () => {
    const s = service();
    await s.update(writeSignedCatalog(keys, join(keys.dir, 'v10.json'), catalogVersion(10)));
    const stored = JSON.parse(installedFile()) as { payload: string };
    const payload = Buffer.from(stored.payload, 'base64');
    payload.writeUInt8(payload.readUInt8(10) ^ 0x01, 10);
    writeFileSync(join(keys.dir, 'state', 'installed-catalog.json'), JSON.stringify({ ...stored, payload: payload.toString('base64') }));
    setCatalogInUse(BUILT_IN);
    const status = await service().status();
    expect(status.origin).toBe('built-in');
    expect(status.version).toBe(CATALOG.version);
    expect(status.storedUpdateIgnored).toMatch(/refused/);
  });

  it('makes no network request unless asked: automatic checks are off by default', async () => {
    const calls: string[] = [];
    const s = new CatalogService({
      dir: join(keys.dir, 'state-auto'),
      env: { APPPASS_CATALOG_KEY: keys.publicKeyLine, APPPASS_TODAY: TODAY },
      fetch: async (input) => {
        calls.push(String(input));
        return new Response('nope', { status: 404 });
      },
    });
    expect(await s.autoCheckIfDue()).toBe('off');
    expect((await s.status()).autoCheck).toBe(false);
    expect(calls).toEqual([]);
    await s.setSettings({ autoCheck: true, updateUrl: 'https://catalog.example/catalog.json' });
    expect(await s.autoCheckIfDue()).toBe('failed');
    expect(calls).toEqual(['https://catalog.example/catalog.json']);
    expect(await s.autoCheckIfDue()).toBe('not-due');
    expect(calls).toHaveLength(1);
    expect(await refusal(s.update('http://catalog.example/catalog.json'))).toBe('USAGE');
  });
});
