import { afterEach, describe, expect, it } from 'vitest';
import { createServices, dispatch, createHandlers } from '../../../../electron/core/api/index.ts';
import { settingsPatchSchema } from '../../../../electron/contract/calls/vault.ts';
import { FAST_KDF, tempVault } from '../../../support/vault-helpers.ts';

describe('settings.update changes only what it names', () => {
  let t: ReturnType<typeof tempVault>;
  afterEach(() => t?.cleanup());

  it('the patch schema adds no defaults for keys that were not given', () => {
    expect(settingsPatchSchema.parse({ theme: 'dark' })).toEqual({ theme: 'dark' });
  });

  it('a one-key update through the real handler keeps every other setting', async () => {
    t = tempVault();
    const handlers = createHandlers(createServices({ version: 't', platform: 'linux', vaultPath: t.path }));
    expect(await dispatch(handlers, 'vault.create', { password: 'correct horse battery staple 42', kdf: FAST_KDF })).toMatchObject({ ok: true });
    expect(await dispatch(handlers, 'settings.update', { clipboardClearSeconds: 45, autoLockMinutes: 60 })).toMatchObject({ ok: true });
    const after = await dispatch(handlers, 'settings.update', { theme: 'dark' });
    expect(after).toMatchObject({ ok: true, value: { theme: 'dark', clipboardClearSeconds: 45, autoLockMinutes: 60 } });
  });
});
