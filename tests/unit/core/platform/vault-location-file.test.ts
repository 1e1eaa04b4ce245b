import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserHostStateDir } from '../../../../electron/browser-host/state-dir.ts';
import { defaultVaultPath } from '../../../../electron/core/platform/default-vault-path.ts';
import { startVaultPath } from '../../../../electron/core/platform/start-vault-path.ts';
import {
  loadVaultLocation,
  parseVaultLocation,
  rememberVaultLocation,
  saveVaultLocation,
  VAULT_LOCATION_FILE,
} from '../../../../electron/core/platform/vault-location-file.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'apppass-location-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the remembered vault location file', () => {
  it('round-trips an absolute path, creating the folder; the file is mode 0600 and holds only the path', async () => {
    const file = join(tempDir(), 'state', 'deeper', VAULT_LOCATION_FILE);
    await saveVaultLocation(file, '/home/me/Vaults/work.apppass');
    expect(await loadVaultLocation(file)).toBe('/home/me/Vaults/work.apppass');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, vaultPath: '/home/me/Vaults/work.apppass' });
    await saveVaultLocation(file, '/srv/other.apppass');
    expect(await loadVaultLocation(file)).toBe('/srv/other.apppass');
  });

  it('a missing file means none', async () => {
    expect(await loadVaultLocation(join(tempDir(), VAULT_LOCATION_FILE))).toBeNull();
  });

  it.each([
    ['not JSON', '{"version":1,"vaultPath":'],
    ['empty', ''],
    ['an array', '[]'],
    ['a relative path', '{"version":1,"vaultPath":"vault.apppass"}'],
    ['an empty path', '{"version":1,"vaultPath":""}'],
    ['a newer version', '{"version":2,"vaultPath":"/a/v.apppass"}'],
    ['an extra key', '{"version":1,"vaultPath":"/a/v.apppass","x":1}'],
    ['a number for the path', '{"version":1,"vaultPath":7}'],
    ['a huge path', JSON.stringify({ version: 1, vaultPath: `/${'a'.repeat(5000)}` })],
  ])('a damaged file (%s) is ignored', async (_what, text) => {
    expect(parseVaultLocation(text)).toBeNull();
    const file = join(tempDir(), VAULT_LOCATION_FILE);
    writeFileSync(file, text);
    expect(await loadVaultLocation(file)).toBeNull();
  });

  it('refuses to remember a relative path', async () => {
    const file = join(tempDir(), VAULT_LOCATION_FILE);
    await expect(saveVaultLocation(file, 'relative.apppass')).rejects.toThrow();
    expect(await loadVaultLocation(file)).toBeNull();
  });

  it('rememberVaultLocation saves every switch and only warns when it cannot write', async () => {
    const listeners: ((path: string) => void)[] = [];
    const vault = { onPathChange: (l: (path: string) => void) => (listeners.push(l), () => undefined) };
    const file = join(tempDir(), VAULT_LOCATION_FILE);
    const warn = vi.fn();
    rememberVaultLocation(vault, file, warn);
    listeners.forEach((l) => l('/x/one.apppass'));
    await vi.waitFor(async () => expect(await loadVaultLocation(file)).toBe('/x/one.apppass'));
    // A folder where the file should go: the write fails, the caller only hears a warning.
    const blocked = join(tempDir(), 'blocked');
    writeFileSync(blocked, 'a file, not a folder');
    rememberVaultLocation(vault, join(blocked, VAULT_LOCATION_FILE), warn);
    listeners[1]?.('/x/two.apppass');
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
    expect(String(warn.mock.calls[0]?.[0])).toContain(VAULT_LOCATION_FILE);
  });
});

describe('which vault file a host opens at start', () => {
  const home = '/home/me';
  it('APPPASS_VAULT beats the remembered path, which beats the platform default', () => {
    expect(startVaultPath({ APPPASS_VAULT: '/env/v.apppass' }, 'linux', home, '/remembered/v.apppass')).toBe('/env/v.apppass');
    expect(startVaultPath({}, 'linux', home, '/remembered/v.apppass')).toBe('/remembered/v.apppass');
    expect(startVaultPath({ APPPASS_VAULT: '' }, 'linux', home, '/remembered/v.apppass')).toBe('/remembered/v.apppass');
    expect(startVaultPath({}, 'linux', home, null)).toBe(defaultVaultPath({}, 'linux', home));
    expect(startVaultPath({}, 'linux', home, null)).toBe('/home/me/.config/AppPass/vault.apppass');
  });

  it('the browser host keeps its state in APPPASS_STATE_DIR, else next to its vault', () => {
    expect(browserHostStateDir({ APPPASS_STATE_DIR: '/state' }, 'linux', home)).toBe('/state');
    expect(browserHostStateDir({ APPPASS_VAULT: '/data/v.apppass' }, 'linux', home)).toBe('/data');
    expect(browserHostStateDir({}, 'linux', home)).toBe('/home/me/.config/AppPass');
  });
});
