import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { KDF_FLOOR } from '../../../electron/core/kdf/index.ts';
import { loadVaultLocation, VAULT_LOCATION_FILE } from '../../../electron/core/platform/vault-location-file.ts';
import { createVault } from '../../../electron/core/vault/index.ts';

// Electron main with no APPPASS_VAULT: it starts on the remembered vault file and remembers switches.
const vaultDir = mkdtempSync(join(tmpdir(), 'apppass-open-wiring-'));
const remembered = join(vaultDir, 'remembered.apppass');
const other = join(vaultDir, 'other.apppass');
vi.stubEnv('APPPASS_VAULT', '');

const electron = await vi.hoisted(async () => {
  const { createFakeElectron } = await import('../../support/fake-electron.ts');
  return createFakeElectron();
});
vi.mock('electron', () => electron.fake);
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(vaultDir, { recursive: true, force: true });
  rmSync(electron.home, { recursive: true, force: true });
});

const userData = join(electron.home, 'userData');
const locationFile = join(userData, VAULT_LOCATION_FILE);
mkdirSync(userData, { recursive: true });
writeFileSync(locationFile, JSON.stringify({ version: 1, vaultPath: remembered }));
(await createVault(other, 'other vault password', { kdf: KDF_FLOOR })).lock();

const main = await import('../../../electron/main/main.ts');
await main.ready;
const { fake } = electron;

type IpcListener = (event: { sender?: unknown; senderFrame: unknown }, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
const trusted = { sender: electron.windows[0]!.webContents, senderFrame: { url: 'apppass://app/index.html', parent: null } };
const ipc = (name: string) => (fake.ipcMain.handle.mock.calls as unknown as Array<[string, IpcListener]>).find(([n]) => n === name)![1];

describe('electron/main: the vault file follows the user', () => {
  it('starts on the remembered vault file and says it can show a file dialog', async () => {
    expect(await ipc('app.info')(trusted, undefined)).toMatchObject({ ok: true, value: { vaultPath: remembered, canPickFiles: true } });
  });

  it('shell.pickVaultFile shows the dialog over the main window with the vault filters; cancel → null', async () => {
    expect(await ipc('shell.pickVaultFile')(trusted, undefined)).toEqual({ ok: true, value: { grant: null, path: null } });
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [other] });
    expect(await ipc('shell.pickVaultFile')(trusted, undefined)).toEqual({ ok: true, value: { grant: expect.stringMatching(/^[A-Za-z0-9_-]{24}$/), path: other } });
    const [parent, options] = fake.dialog.showOpenDialog.mock.calls[1] as [unknown, { defaultPath: string; filters: unknown[] }];
    expect(parent).toBe(electron.windows[0]);
    expect(options.defaultPath).toBe(vaultDir);
    expect(options.filters).toContainEqual({ name: 'AppPass vault', extensions: ['apppass'] });
  });

  it('vault.openFile switches to the file the dialog returned (never a typed path), and userData/vault-location.json remembers it', async () => {
    const pick = async (path: string) => {
      fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
      return ((await ipc('shell.pickVaultFile')(trusted, undefined)) as { value: { grant: string } }).value.grant;
    };
    expect(await ipc('vault.openFile')(trusted, { path: other })).toMatchObject({ ok: false, error: { code: 'USAGE' } });
    expect(await ipc('vault.openFile')(trusted, { grant: await pick(join(vaultDir, 'missing.apppass')) })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await loadVaultLocation(locationFile)).toBe(remembered);
    expect(await ipc('vault.openFile')(trusted, { grant: await pick(other) })).toMatchObject({ ok: true, value: { path: other, exists: true } });
    await vi.waitFor(async () => expect(await loadVaultLocation(locationFile)).toBe(other));
    expect(await ipc('app.info')(trusted, undefined)).toMatchObject({ ok: true, value: { vaultPath: other } });
  });
});
