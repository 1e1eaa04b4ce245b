import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers, createServices, dispatch } from '../../../../electron/core/api/index.ts';
import { KDF_FLOOR, type KdfParams } from '../../../../electron/core/kdf/index.ts';
import { FAST_KDF, tempVault } from '../../../support/vault-helpers.ts';

const PASSWORD = 'correct horse battery staple 42';

async function vaultWith(path: string, measured: KdfParams, start: KdfParams) {
  const services = { ...createServices({ version: 't', platform: 'linux', vaultPath: path }), calibrateKdf: async () => measured };
  const handlers = createHandlers(services);
  expect(await dispatch(handlers, 'vault.create', { password: PASSWORD, kdf: start })).toMatchObject({ ok: true });
  return handlers;
}

describe('vault.recalibrate', () => {
  let t: ReturnType<typeof tempVault>;
  afterEach(() => t?.cleanup());

  it('raises the KDF to what this machine measures, and the same password still opens the vault', async () => {
    t = tempVault();
    const measured = { memoryKiB: 32 * 1024, iterations: 3, parallelism: 2 };
    const handlers = await vaultWith(t.path, measured, FAST_KDF);
    expect(await dispatch(handlers, 'vault.recalibrate', { password: PASSWORD })).toMatchObject({ ok: true, value: { kdf: measured } });
    await dispatch(handlers, 'vault.lock', undefined);
    expect(await dispatch(handlers, 'vault.unlock', { password: PASSWORD })).toMatchObject({ ok: true });
  });

  it('never lowers the KDF, field by field', async () => {
    t = tempVault();
    const start = { memoryKiB: 24 * 1024, iterations: 3, parallelism: 1 };
    const handlers = await vaultWith(t.path, { ...KDF_FLOOR, parallelism: 2 }, start);
    expect(await dispatch(handlers, 'vault.recalibrate', { password: PASSWORD })).toMatchObject({
      ok: true,
      value: { kdf: { memoryKiB: 24 * 1024, iterations: 3, parallelism: 2 } },
    });
  });

  it('refuses a wrong master password and leaves the vault as it was', async () => {
    t = tempVault();
    const handlers = await vaultWith(t.path, { memoryKiB: 32 * 1024, iterations: 3, parallelism: 2 }, FAST_KDF);
    expect(await dispatch(handlers, 'vault.recalibrate', { password: 'not the password' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    expect(await dispatch(handlers, 'vault.info', undefined)).toMatchObject({ ok: true, value: { kdf: { memoryKiB: FAST_KDF.memoryKiB } } });
  });
});
