import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../../../electron/core/api/index.ts';
import { createServices } from '../../../../electron/core/api/create-services.ts';
import { toErrorPayload } from '../../../../electron/core/errors/index.ts';
import { createMemoryKeychainStore, KeychainService, type KeychainStore } from '../../../../electron/core/keychain/index.ts';
import { isKeychainWrap, readVaultInfo, VaultService, openVault, openVaultWithKey } from '../../../../electron/core/vault/index.ts';
import { floorVault, PW, testClock } from '../../../support/keychain-vault.ts';

let cleanups: Array<() => void> = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

async function setup(store: KeychainStore & { items?: Map<string, string> } = createMemoryKeychainStore()) {
  const clock = testClock();
  const v = await floorVault(clock);
  cleanups.push(v.cleanup);
  const vault = new VaultService(v.path, { now: clock });
  const keychain = new KeychainService({ vault, store, now: clock, timeoutMs: 200 });
  return { ...v, clock, vault, keychain, store };
}

async function codeOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => 'resolved',
    (error: unknown) => toErrorPayload(error),
  );
}

const brokenStore: KeychainStore = {
  backend: 'test',
  get: () => Promise.reject(new Error("Couldn't access platform storage: Secret Service: unlock prompt was dismissed")),
  set: () => Promise.reject(new Error("Couldn't access platform storage: Secret Service: unlock prompt was dismissed")),
  delete: () => Promise.reject(new Error("Couldn't access platform storage: Secret Service: unlock prompt was dismissed")),
};

describe('KeychainService with a fake keychain', () => {
  it('enable stores a 32-byte key under the vault id and adds a second wrap; unlock opens with no password', async () => {
    const s = await setup();
    const status = await s.keychain.enable(PW);
    expect(status).toMatchObject({ enabled: true, available: true, item: 'present', ready: true, daysLeft: 14, maxDays: 14 });
    expect(Buffer.from(s.store.items?.get(s.vaultId) ?? '', 'base64')).toHaveLength(32);
    expect((await readVaultInfo(s.path)).wraps).toEqual(['password', `keychain:${await s.vault.deviceId()}`]);
    expect((await s.vault.status()).unlocked).toBe(false);
    await s.keychain.unlock();
    expect((await s.vault.status()).unlocked).toBe(true);
    expect(s.vault.session().list().map((e) => e.account)).toEqual(['me@example.com']);
  });

  it('enable with a wrong master password is WRONG_PASSWORD and stores nothing', async () => {
    const s = await setup();
    expect(await codeOf(s.keychain.enable('wrong password'))).toMatchObject({ code: 'WRONG_PASSWORD' });
    expect(s.store.items?.size).toBe(0);
    expect((await readVaultInfo(s.path)).wraps).toEqual(['password']);
  });

  it('enable while unlocked keeps the session unlocked and resets the N-day clock', async () => {
    const s = await setup();
    await s.vault.unlock(PW);
    const lockEvents: number[] = [];
    s.vault.onLock(() => lockEvents.push(1));
    s.clock.advanceDays(10);
    const status = await s.keychain.enable(PW);
    expect(status.daysLeft).toBe(14);
    expect((await s.vault.status()).unlocked).toBe(true);
    expect(lockEvents).toEqual([]);
  });

  it('a keychain that fails makes enable KEYCHAIN_UNAVAILABLE and leaves the vault as it was', async () => {
    const s = await setup(brokenStore);
    const error = await codeOf(s.keychain.enable(PW));
    expect(error).toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE', details: { reason: 'locked' } });
    expect((await readVaultInfo(s.path)).wraps).toEqual(['password']);
    expect(await s.keychain.status()).toMatchObject({ enabled: false, available: false, item: 'unknown', ready: false });
  });

  it('quick unlock with an unavailable keychain is KEYCHAIN_UNAVAILABLE; the master password still works', async () => {
    const items = new Map<string, string>();
    const s = await setup(createMemoryKeychainStore(items));
    await s.keychain.enable(PW);
    const broken = new KeychainService({ vault: s.vault, store: brokenStore, now: s.clock, timeoutMs: 200 });
    expect(await codeOf(broken.unlock())).toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
    expect((await s.vault.status()).unlocked).toBe(false);
    await s.vault.unlock(PW);
    expect((await s.vault.status()).unlocked).toBe(true);
  });

  it('a deleted item is KEYCHAIN_MISMATCH (item-missing); a replaced item is KEYCHAIN_MISMATCH (wrong-key)', async () => {
    const s = await setup();
    await s.keychain.enable(PW);
    const original = s.store.items?.get(s.vaultId) as string;
    s.store.items?.delete(s.vaultId);
    expect(await codeOf(s.keychain.unlock())).toMatchObject({ code: 'KEYCHAIN_MISMATCH', details: { reason: 'item-missing' } });
    expect(await s.keychain.status()).toMatchObject({ enabled: true, available: true, item: 'missing', ready: false });
    const other = Buffer.alloc(32, 7).toString('base64');
    s.store.items?.set(s.vaultId, other);
    const replaced = await codeOf(s.keychain.unlock());
    expect(replaced).toMatchObject({ code: 'KEYCHAIN_MISMATCH', details: { reason: 'wrong-key' } });
    expect(JSON.stringify(replaced)).not.toContain(other);
    expect(JSON.stringify(replaced)).not.toContain(original);
    expect((await s.keychain.status()).item).toBe('wrong-key');
    s.store.items?.set(s.vaultId, 'garbage');
    expect(await codeOf(s.keychain.unlock())).toMatchObject({ code: 'KEYCHAIN_MISMATCH', details: { reason: 'wrong-key' } });
    expect((await s.vault.status()).unlocked).toBe(false);
  });

  it('a vault restored from a copy made before enabling, with the item still in the keychain, is KEYCHAIN_MISMATCH (no-wrap)', async () => {
    const s = await setup();
    await s.keychain.enable(PW);
    await s.vault.unlock(PW);
    await s.vault.session().removeKeyWrap(s.vault.session().keyWraps().filter(isKeychainWrap)); // the "old copy": same vault id, no keychain wrap
    s.vault.lock();
    expect(await codeOf(s.keychain.unlock())).toMatchObject({ code: 'KEYCHAIN_MISMATCH', details: { reason: 'no-wrap' } });
  });

  it('quick unlock on a vault that never had it is MASTER_PASSWORD_REQUIRED (not-enabled)', async () => {
    const s = await setup();
    expect(await codeOf(s.keychain.unlock())).toMatchObject({ code: 'MASTER_PASSWORD_REQUIRED', details: { reason: 'not-enabled' } });
  });

  it('N-day policy with an injected clock: works until day N, then MASTER_PASSWORD_REQUIRED without touching the vault service; the master password restarts the count', async () => {
    const s = await setup();
    await s.keychain.enable(PW);
    const lockEvents: number[] = [];
    s.vault.onLock(() => lockEvents.push(1));
    s.clock.advanceDays(13.9);
    await s.keychain.unlock();
    s.vault.lock();
    expect(lockEvents).toHaveLength(1);
    s.clock.advanceDays(0.2);
    expect(await s.keychain.status()).toMatchObject({ daysLeft: 0, ready: false });
    const refused = await codeOf(s.keychain.unlock());
    expect(refused).toMatchObject({ code: 'MASTER_PASSWORD_REQUIRED', details: { reason: 'expired', daysSince: 14, maxDays: 14 } });
    expect(lockEvents).toHaveLength(1);
    expect((await s.vault.status()).unlocked).toBe(false);
    await s.vault.unlock(PW);
    s.vault.lock();
    await s.keychain.unlock();
    expect((await s.keychain.status()).daysLeft).toBe(14);
  });

  it('a shorter N set by the user takes effect', async () => {
    const s = await setup();
    await s.keychain.enable(PW);
    await s.vault.unlock(PW);
    await s.vault.mutate((session) => session.updateSettings({ quickUnlockMaxDays: 3 }));
    s.vault.lock();
    s.clock.advanceDays(3);
    expect(await codeOf(s.keychain.unlock())).toMatchObject({ code: 'MASTER_PASSWORD_REQUIRED' });
  });

  it('disable removes the wrap and the item; with the keychain unavailable it still removes the wrap', async () => {
    const s = await setup();
    await s.keychain.enable(PW);
    await s.keychain.unlock();
    const off = await s.keychain.disable();
    expect(off).toMatchObject({ enabled: false, item: 'missing', result: { wrapRemoved: true, item: 'removed' } });
    expect(s.store.items?.size).toBe(0);
    expect((await readVaultInfo(s.path)).wraps).toEqual(['password']);

    await s.keychain.enable(PW);
    const broken = new KeychainService({ vault: s.vault, store: brokenStore, now: s.clock, timeoutMs: 200 });
    const half = await broken.disable();
    expect(half.result).toEqual({ wrapRemoved: true, item: 'left' });
    expect((await readVaultInfo(s.path)).wraps).toEqual(['password']);
  });

});

describe('keychain.* contract calls', () => {
  it('status, enable, unlock, disable through dispatch with a fake keychain from createServices', async () => {
    const v = await floorVault();
    cleanups.push(v.cleanup);
    const store = createMemoryKeychainStore();
    const handlers = createHandlers(createServices({ version: 't', platform: 'linux', vaultPath: v.path, keychainStore: () => store }));
    expect(await dispatch(handlers, 'keychain.status', undefined)).toMatchObject({ ok: true, value: { enabled: false, item: 'missing', backend: 'test' } });
    expect(await dispatch(handlers, 'keychain.unlock', undefined)).toMatchObject({ ok: false, error: { code: 'MASTER_PASSWORD_REQUIRED' } });
    expect(await dispatch(handlers, 'keychain.enable', { password: PW })).toMatchObject({ ok: true, value: { enabled: true, ready: true } });
    expect(await dispatch(handlers, 'keychain.unlock', undefined)).toMatchObject({ ok: true, value: { unlocked: true, quickUnlockConfigured: true } });
    const off = await dispatch(handlers, 'keychain.disable', undefined);
    expect(off).toMatchObject({ ok: true, value: { enabled: false } });
    expect(JSON.stringify(off)).not.toContain('result');
    expect(await dispatch(handlers, 'keychain.enable', { password: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('vault.changePassword rotates the vault key and quick unlock keeps working (M1: a new device key and wrap)', async () => {
    const v = await floorVault();
    cleanups.push(v.cleanup);
    const store = createMemoryKeychainStore();
    const handlers = createHandlers(createServices({ version: 't', platform: 'linux', vaultPath: v.path, keychainStore: () => store }));
    expect(await dispatch(handlers, 'keychain.enable', { password: PW })).toMatchObject({ ok: true });
    const oldDeviceKey = Buffer.from(store.items?.get(v.vaultId) ?? '', 'base64');
    expect(await dispatch(handlers, 'vault.unlock', { password: PW })).toMatchObject({ ok: true });
    expect(await dispatch(handlers, 'vault.changePassword', { oldPassword: PW, newPassword: 'a brand new master password' })).toMatchObject({ ok: true });
    await dispatch(handlers, 'vault.lock', undefined);
    expect(await dispatch(handlers, 'keychain.unlock', undefined)).toMatchObject({ ok: true, value: { unlocked: true } });
    // The old device key (like the old password) no longer opens the vault.
    expect(await codeOf(openVaultWithKey(v.path, (kinds) => kinds.filter(isKeychainWrap), oldDeviceKey))).toMatchObject({ code: 'KEYCHAIN_MISMATCH' });
    await expect(openVault(v.path, 'a brand new master password')).resolves.toBeDefined();
  });

  it('keychain.status for a vault that does not exist reports quick unlock off', async () => {
    const handlers = createHandlers(createServices({ version: 't', platform: 'linux', vaultPath: '/nonexistent/apppass/v.apppass', keychainStore: () => createMemoryKeychainStore() }));
    expect(await dispatch(handlers, 'keychain.status', undefined)).toMatchObject({ ok: true, value: { enabled: false, ready: false } });
  });
});
