import { describe, expect, it, vi } from 'vitest';
import { createHandlers, createServices, dispatch } from '../../../electron/core/api/index.ts';
import { pickedVaultPath, vaultFileDialogOptions } from '../../../electron/main/vault-file-dialog.ts';

describe('the "open a vault file" dialog', () => {
  it('asks for one existing file, .apppass first with all files as a fallback, in the current vault’s folder', () => {
    const options = vaultFileDialogOptions('/home/me/.config/AppPass/vault.apppass', 'Open an AppPass vault file');
    expect(options.title).toBe('Open an AppPass vault file');
    expect(options.defaultPath).toBe('/home/me/.config/AppPass');
    expect(options.properties).toContain('openFile');
    expect(options.properties).not.toContain('multiSelections');
    expect(options.properties).not.toContain('openDirectory');
    expect(options.filters).toEqual([
      { name: 'AppPass vault', extensions: ['apppass'] },
      { name: 'All files', extensions: ['*'] },
    ]);
  });

  it('returns the chosen path, or null when cancelled or empty', () => {
    expect(pickedVaultPath({ canceled: false, filePaths: ['/a/v.apppass'] })).toBe('/a/v.apppass');
    expect(pickedVaultPath({ canceled: true, filePaths: ['/a/v.apppass'] })).toBeNull();
    expect(pickedVaultPath({ canceled: false, filePaths: [] })).toBeNull();
    expect(pickedVaultPath({ canceled: false, filePaths: [''] })).toBeNull();
  });
});

describe('shell.pickVaultFile and app.info.canPickFiles', () => {
  const base = createServices({ version: 't', platform: 'linux', vaultPath: '/v/vault.apppass' });
  const shell = { isExternalLinkAllowed: () => false, openExternal: async () => undefined };

  it('a host without a dialog says so: canPickFiles false, pickVaultFile USAGE', async () => {
    const handlers = createHandlers({ ...base, shell });
    expect(await dispatch(handlers, 'app.info', undefined)).toMatchObject({ ok: true, value: { canPickFiles: false } });
    expect(await dispatch(handlers, 'shell.pickVaultFile', undefined)).toMatchObject({ ok: false, error: { code: 'USAGE' } });
  });

  it('a host with a dialog: canPickFiles true; the chosen path or null comes back; input is refused', async () => {
    const pickVaultFile = vi.fn<() => Promise<string | null>>().mockResolvedValueOnce('/picked/v.apppass').mockResolvedValueOnce(null);
    const handlers = createHandlers({ ...base, shell: { ...shell, pickVaultFile } });
    expect(await dispatch(handlers, 'app.info', undefined)).toMatchObject({ ok: true, value: { canPickFiles: true } });
    expect(await dispatch(handlers, 'shell.pickVaultFile', undefined)).toEqual({ ok: true, value: { grant: expect.stringMatching(/^[A-Za-z0-9_-]{24}$/), path: '/picked/v.apppass' } });
    expect(await dispatch(handlers, 'shell.pickVaultFile', undefined)).toEqual({ ok: true, value: { grant: null, path: null } });
    expect(await dispatch(handlers, 'shell.pickVaultFile', { path: '/x' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(pickVaultFile).toHaveBeenCalledTimes(2);
  });
});
