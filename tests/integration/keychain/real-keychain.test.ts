import { AsyncEntry } from '@napi-rs/keyring';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toErrorPayload } from '../../../electron/core/errors/index.ts';
import { createOsKeychainStore, KeychainService } from '../../../electron/core/keychain/index.ts';
import { openVault, readVaultInfo, VaultService, type Clock } from '../../../electron/core/vault/index.ts';
import { localDevice } from '../../../electron/core/sync/device-identity.ts';

/** This computer's quick-unlock wrap kind (the test process's device id). */
const ownWrap = async () => `keychain:${(await localDevice()).id}`;
import { missingTools } from '../../support/require-tool.ts';
import { SECRET_SERVICE_TOOLS, startSecretService, useBus, type SecretService } from '../../support/secret-service.ts';
import { runFakeCli } from '../../support/fake-cli-io.ts';
import { floorVault, PW, testClock } from '../../support/keychain-vault.ts';

// Quick unlock against the real gnome-keyring Secret Service on a private bus. (@napi-rs/keyring keeps
// one D-Bus connection per process, so each bus scenario lives in its own test file.)
const missing = missingTools(SECRET_SERVICE_TOOLS);

/** The keychain item as another program sees it (not through AppPass). */
const item = (vaultId: string) => new AsyncEntry('AppPass', vaultId, { linux: { store: 'secret-service' } });

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => 'resolved',
    (error: unknown) => toErrorPayload(error),
  );
}

const cli = (argv: string[], stdin: string[] = []) => runFakeCli(argv, stdin);

describe.skipIf(missing)('quick unlock through the real Secret Service', () => {
  let service: SecretService;
  let restoreEnv: () => void;
  let cleanups: Array<() => void> = [];

  beforeAll(async () => {
    service = await startSecretService();
    restoreEnv = useBus(service);
  });
  afterAll(async () => {
    restoreEnv?.();
    await service?.stop();
  });
  afterEach(() => {
    cleanups.forEach((c) => c());
    cleanups = [];
  });

  async function setup(clock: Clock = testClock()) {
    const v = await floorVault(clock);
    cleanups.push(v.cleanup);
    const vault = new VaultService(v.path, { now: clock });
    const keychain = new KeychainService({ vault, store: createOsKeychainStore('linux'), now: clock });
    return { ...v, vault, keychain };
  }

  it('enable stores the device key under AppPass / vault id; the vault then opens with no password', async () => {
    const s = await setup();
    await s.keychain.enable(PW);
    const stored = await item(s.vaultId).getPassword();
    expect(Buffer.from(stored ?? '', 'base64')).toHaveLength(32);
    expect((await readVaultInfo(s.path)).wraps).toEqual(['password', await ownWrap()]);
    expect(await s.keychain.status()).toMatchObject({ enabled: true, available: true, item: 'present', ready: true, backend: 'secret-service' });
    await s.keychain.unlock();
    expect(s.vault.session().list().map((e) => e.account)).toEqual(['me@example.com']);
  });

  it('item deleted behind AppPass’s back → KEYCHAIN_MISMATCH, and the master password still works', async () => {
    const s = await setup();
    await s.keychain.enable(PW);
    expect(await item(s.vaultId).deleteCredential()).toBe(true);
    expect(await failure(s.keychain.unlock())).toMatchObject({ code: 'KEYCHAIN_MISMATCH', details: { reason: 'item-missing' } });
    expect((await s.vault.status()).unlocked).toBe(false);
    await s.vault.unlock(PW);
    expect(s.vault.session().list()).toHaveLength(1);
  });

  it('item replaced with another key → KEYCHAIN_MISMATCH (wrong-key)', async () => {
    const s = await setup();
    await s.keychain.enable(PW);
    await item(s.vaultId).setPassword(Buffer.alloc(32, 9).toString('base64'));
    expect(await failure(s.keychain.unlock())).toMatchObject({ code: 'KEYCHAIN_MISMATCH', details: { reason: 'wrong-key' } });
    expect((await s.keychain.status()).item).toBe('wrong-key');
  });

  it('the N-day policy, with an injected clock', async () => {
    const clock = testClock();
    const s = await setup(clock);
    await s.keychain.enable(PW);
    clock.advanceDays(13);
    await s.keychain.unlock();
    expect((await s.keychain.status()).daysLeft).toBe(1);
    s.vault.lock();
    clock.advanceDays(1);
    expect(await failure(s.keychain.unlock())).toMatchObject({ code: 'MASTER_PASSWORD_REQUIRED', details: { reason: 'expired', maxDays: 14 } });
    await s.vault.unlock(PW);
    s.vault.lock();
    await s.keychain.unlock();
    expect((await s.vault.status()).unlocked).toBe(true);
  });

  it('disable: the keychain item is gone and the header holds one wrap', async () => {
    const s = await setup();
    await s.keychain.enable(PW);
    await s.keychain.unlock();
    const off = await s.keychain.disable();
    expect(off.result).toEqual({ wrapRemoved: true, item: 'removed' });
    expect(await item(s.vaultId).getPassword()).toBeNull();
    expect((await readVaultInfo(s.path)).wraps).toEqual(['password']);
  });

  it('a changed master password leaves quick unlock working', async () => {
    const s = await setup();
    await s.keychain.enable(PW);
    await s.vault.unlock(PW);
    // What vault.changePassword does: the vault key rotates (M1), so quick unlock is made again.
    expect(await s.vault.session().changeMasterPassword(PW, 'the next master password')).toEqual({ dropped: [await ownWrap()] });
    await s.keychain.enable('the next master password');
    s.vault.lock();
    await s.keychain.unlock();
    expect(s.vault.session().list()).toHaveLength(1);
    s.vault.lock();
    await expect(openVault(s.path, PW)).rejects.toMatchObject({ code: 'WRONG_PASSWORD' });
  });

  it('CLI: passwd rotates the vault key and re-wraps the keychain wrap with the same device key (M1): --keychain still opens', async () => {
    const v = await floorVault();
    cleanups.push(v.cleanup);
    const g = ['--vault', v.path];
    expect((await cli([...g, 'keychain', 'enable'], [PW])).code).toBe(0);
    const deviceKey = await item(v.vaultId).getPassword();
    const changed = await cli([...g, '--json', 'passwd'], [PW, 'the CLI next master password']);
    expect(changed.code, changed.err).toBe(0);
    expect(JSON.parse(changed.out)).toEqual({ changed: true, keyRotated: true, quickUnlockTurnedOff: false, quickUnlockOffOnOtherComputers: 0 });
    expect(await item(v.vaultId).getPassword()).toBe(deviceKey);
    const listed = await cli([...g, '--keychain', 'list', '--json']);
    expect(listed.code, listed.err).toBe(0);
    expect((await readVaultInfo(v.path)).wraps).toEqual(['password', await ownWrap()]);
  });

  it('CLI: keychain enable / status / --keychain list / disable, and exit 6 with the typed code when it cannot', async () => {
    const v = await floorVault();
    cleanups.push(v.cleanup);
    const g = ['--vault', v.path];

    const notOn = await cli([...g, '--keychain', 'list', '--json']);
    expect(notOn.code).toBe(6);
    expect(JSON.parse(notOn.err)).toMatchObject({ error: { code: 'MASTER_PASSWORD_REQUIRED' } });

    const enabled = await cli([...g, 'keychain', 'enable', '--json'], [PW]);
    expect(enabled.code, enabled.err).toBe(0);
    expect(JSON.parse(enabled.out)).toMatchObject({ enabled: true, available: true, item: 'present', ready: true, daysLeft: 14 });
    expect(enabled.out).not.toContain((await item(v.vaultId).getPassword()) as string);

    const listed = await cli([...g, '--keychain', 'list', '--json']);
    expect(listed.code, listed.err).toBe(0);
    expect((JSON.parse(listed.out) as { account: string }[]).map((r) => r.account)).toEqual(['me@example.com']);

    const status = await cli([...g, 'keychain', 'status']);
    expect(status.code).toBe(0);
    expect(status.out).toMatch(/quick unlock: on/);
    expect(status.out).toMatch(/ready: yes/);

    expect((await cli([...g, '--keychain', '--password-stdin', 'list'])).code).toBe(2);
    expect((await cli([...g, '--keychain', 'keychain', 'enable'])).code).toBe(2);
    expect((await cli([...g, 'keychain', 'frobnicate'])).code).toBe(2);

    await item(v.vaultId).deleteCredential();
    const mismatch = await cli([...g, '--keychain', 'show', 'x']);
    expect(mismatch.code).toBe(6);
    expect(mismatch.err).toMatch(/^apppass: KEYCHAIN_MISMATCH: /);
    expect(JSON.parse((await cli([...g, 'keychain', 'status', '--json'])).out)).toMatchObject({ enabled: true, item: 'missing', ready: false });

    const disabled = await cli([...g, '--password-stdin', 'keychain', 'disable', '--json'], [PW]);
    expect(disabled.code, disabled.err).toBe(0);
    expect(JSON.parse(disabled.out)).toMatchObject({ enabled: false, wrapRemoved: true, itemRemoved: false });
    expect((await readVaultInfo(v.path)).wraps).toEqual(['password']);

    expect((await cli([...g, 'keychain', 'enable'], [PW])).code).toBe(0);
    const viaKeychain = await cli([...g, '--keychain', 'keychain', 'disable', '--json']);
    expect(viaKeychain.code, viaKeychain.err).toBe(0);
    expect(JSON.parse(viaKeychain.out)).toMatchObject({ enabled: false, wrapRemoved: true, itemRemoved: true });
    expect(await item(v.vaultId).getPassword()).toBeNull();

    const wrong = await cli([...g, 'keychain', 'enable'], ['not the password']);
    expect(wrong.code).toBe(3);
    expect(await item(v.vaultId).getPassword()).toBeNull();
  });
});
