import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../../electron/contract/calls/providers.ts';
import { createHandlers, dispatch } from '../../../../electron/core/api/index.ts';
import { CATALOG, BUILT_IN, setCatalogInUse } from '../../../../electron/core/providers/index.ts';
import { CatalogService } from '../../../../electron/core/providers/catalog-update/index.ts';
import { VaultService } from '../../../../electron/core/vault/index.ts';
import { missingTools } from '../../../support/require-tool.ts';
import { MINISIGN_TOOLS, makeMinisignKeyPair, writeSignedCatalog, type MinisignKeyPair } from '../../../support/minisign.ts';

/**
 * H2 for providers.updateCatalog (issue 16's call): the renderer never names a file. A catalog file
 * comes as a grant from the host's open dialog (Electron) or as uploaded bytes + signature (the
 * browser host); `from` takes only an https address.
 */
const missing = missingTools([...MINISIGN_TOOLS]);
if (missing) throw new Error(`The catalog tests need ${missing}; .ci/run installs it.`);

const TODAY = '2026-12-15';
const version = (v: number): Catalog => ({ ...CATALOG, version: v });

describe('providers.updateCatalog sources (no path from the renderer)', () => {
  let keys: MinisignKeyPair;
  let dialogAnswer: string | null = null;
  const handlers = () => {
    const catalog = new CatalogService({ dir: join(keys.dir, 'state'), env: { APPPASS_CATALOG_KEY: keys.publicKeyLine, APPPASS_TODAY: TODAY } });
    const vaultPath = join(keys.dir, 'vault.apppass');
    const shell = { isExternalLinkAllowed: () => false, openExternal: async () => undefined, pickCatalogPath: async () => dialogAnswer };
    return {
      withDialog: createHandlers({ version: 't', platform: 'linux', vaultPath, vault: new VaultService(vaultPath), catalog, shell }),
      withoutDialog: createHandlers({ version: 't', platform: 'linux', vaultPath, vault: new VaultService(vaultPath), catalog }),
    };
  };

  beforeAll(() => {
    keys = makeMinisignKeyPair();
  });
  afterAll(() => keys.remove());
  afterEach(() => setCatalogInUse(BUILT_IN));

  it('a renderer-chosen path (absolute, relative, file://, a FIFO) is VALIDATION and nothing is read', async () => {
    const file = writeSignedCatalog(keys, join(keys.dir, 'v5.json'), version(5));
    const fifo = join(keys.dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const before = statSync(file).atimeMs;
    const { withDialog } = handlers();
    for (const from of [file, fifo, 'v5.json', `file://${file}`, `http://catalog.example/c.json`]) {
      expect(await dispatch(withDialog, 'providers.updateCatalog', { from })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    // A made-up grant, and two sources at once, are refused too.
    expect(await dispatch(withDialog, 'providers.updateCatalog', { grant: 'A'.repeat(24) })).toMatchObject({ ok: false, error: { code: 'USAGE' } });
    expect(await dispatch(withDialog, 'providers.updateCatalog', { grant: 'A'.repeat(24), from: 'https://catalog.example/c.json' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(statSync(file).atimeMs).toBe(before);
    expect(await dispatch(withDialog, 'providers.catalogStatus', undefined)).toMatchObject({ ok: true, value: { origin: 'built-in' } });
  });

  it('the host dialog grants the file once; a FIFO chosen in the dialog is IO_ERROR at once, not a hang', async () => {
    const file = writeSignedCatalog(keys, join(keys.dir, 'v6.json'), version(6));
    const { withDialog, withoutDialog } = handlers();
    dialogAnswer = file;
    const choice = await dispatch(withDialog, 'providers.pickCatalogFile', undefined);
    expect(choice).toMatchObject({ ok: true, value: { path: file, grant: expect.stringMatching(/^[A-Za-z0-9_-]{24}$/) } });
    const grant = (choice as { value: { grant: string } }).value.grant;
    expect(await dispatch(withDialog, 'providers.updateCatalog', { grant })).toMatchObject({ ok: true, value: { installed: true, catalog: { version: 6, updateSource: file } } });
    expect(await dispatch(withDialog, 'providers.updateCatalog', { grant })).toMatchObject({ ok: false, error: { code: 'USAGE' } });
    const fifo = join(keys.dir, 'chosen-pipe.json');
    execFileSync('mkfifo', [fifo]);
    dialogAnswer = fifo;
    const fifoGrant = ((await dispatch(withDialog, 'providers.pickCatalogFile', undefined)) as { value: { grant: string } }).value.grant;
    expect(await dispatch(withDialog, 'providers.updateCatalog', { grant: fifoGrant })).toMatchObject({ ok: false, error: { code: 'IO_ERROR' } });
    // An import grant is not a catalog grant; a host without a dialog says so.
    expect(await dispatch(withoutDialog, 'providers.pickCatalogFile', undefined)).toMatchObject({ ok: false, error: { code: 'USAGE', details: { reason: 'no-dialog' } } });
  });

  it('uploaded bytes and signature (the browser host) are checked like any update', async () => {
    const file = writeSignedCatalog(keys, join(keys.dir, 'v7.json'), version(7));
    const upload = { catalogBase64: readFileSync(file).toString('base64'), signature: readFileSync(`${file}.minisig`, 'utf8'), name: 'v7.json' };
    const { withoutDialog } = handlers();
    const tampered = Buffer.from(upload.catalogBase64, 'base64');
    tampered.writeUInt8(tampered.readUInt8(20) ^ 1, 20);
    expect(await dispatch(withoutDialog, 'providers.updateCatalog', { upload: { ...upload, catalogBase64: tampered.toString('base64') } })).toMatchObject({ ok: false, error: { code: 'CATALOG_SIGNATURE_INVALID' } });
    expect(await dispatch(withoutDialog, 'providers.updateCatalog', { upload: { ...upload, name: '../../etc/x.json' } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await dispatch(withoutDialog, 'providers.updateCatalog', { upload })).toMatchObject({ ok: true, value: { installed: true, catalog: { version: 7, updateSource: 'uploaded file v7.json' } } });
  });
});
