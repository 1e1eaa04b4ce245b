import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toErrorPayload } from '../../../../electron/core/errors/index.ts';
import { createMemoryKeychainStore, disableQuickUnlock, enableQuickUnlock, openWithKeychain, quickUnlockStatus } from '../../../../electron/core/keychain/index.ts';
import { syncFolder } from '../../../../electron/core/sync/index.ts';
import { openVault, readVaultInfo } from '../../../../electron/core/vault/index.ts';
import { makeTempVault } from '../../../support/temp-vault.ts';

// Quick unlock on several computers with one vault in a synced folder: each computer keeps its own
// wrap (`keychain:<device id>`) under its own keychain's device key, and the wraps merge.
const PW = 'per-device master password';
const A = { id: 'a1a1a1a1a1a1', name: 'computer A' };
const B = { id: 'b2b2b2b2b2b2', name: 'computer B' };
const keychainA = createMemoryKeychainStore();
const keychainB = createMemoryKeychainStore();

let cleanups: Array<() => void> = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

async function twoComputers() {
  const t = await makeTempVault({ password: PW, entries: [{ account: 'me@example.com', label: 'Mail', secret: 'abcd-efgh-ijkl-mnop', provider: 'google' }] });
  t.session.lock();
  cleanups.push(t.cleanup);
  mkdirSync(join(t.dir, 'B'));
  const b = join(t.dir, 'B', 'vault.apppass');
  copyFileSync(t.path, b);
  keychainA.items.clear();
  keychainB.items.clear();
  return { a: t.path, b, dir: t.dir };
}

async function as(device: typeof A, path: string, change: (s: Awaited<ReturnType<typeof openVault>>) => Promise<unknown>): Promise<void> {
  const session = await openVault(path, PW, { device });
  try {
    await change(session);
  } finally {
    session.lock();
  }
}

async function quickUnlock(path: string, store: typeof keychainA, device: typeof A): Promise<unknown> {
  try {
    (await openWithKeychain(path, store, { deviceId: device.id })).lock();
    return 'opened';
  } catch (error) {
    return toErrorPayload(error);
  }
}

/** The sync client puts B's file beside A's under a conflict name; A merges it. */
async function syncBIntoA(v: { a: string; b: string; dir: string }): Promise<void> {
  copyFileSync(v.b, join(v.dir, 'vault.sync-conflict-20261130-101500-B.apppass'));
  await as(A, v.a, (s) => syncFolder(s, { now: new Date() }));
}

describe('quick unlock on two computers sharing a vault', () => {
  it('each computer turns it on for itself; after a merge both unlock with their own keychain', async () => {
    const v = await twoComputers();
    await as(A, v.a, (s) => enableQuickUnlock(s, keychainA));
    await as(B, v.b, (s) => enableQuickUnlock(s, keychainB));
    await syncBIntoA(v);
    expect((await readVaultInfo(v.a)).wraps).toEqual(['password', `keychain:${A.id}`, `keychain:${B.id}`]);
    copyFileSync(v.a, v.b);
    expect(await quickUnlock(v.a, keychainA, A)).toBe('opened');
    expect(await quickUnlock(v.b, keychainB, B)).toBe('opened');
    expect(await quickUnlockStatus(v.b, keychainB, { deviceId: B.id })).toMatchObject({ enabled: true, item: 'present', ready: true });
  });

  it('turning it off on one computer stays off after a merge with a copy made before; the other keeps it', async () => {
    const v = await twoComputers();
    await as(A, v.a, (s) => enableQuickUnlock(s, keychainA));
    await as(B, v.b, (s) => enableQuickUnlock(s, keychainB));
    await syncBIntoA(v); // A's file now has both wraps
    copyFileSync(v.a, v.b);
    await as(B, v.b, (s) => disableQuickUnlock(s, keychainB));
    await as(A, v.a, async (s) => s.update((s.list()[0] as { id: string }).id, { label: 'Edited on A' })); // A keeps working on its older copy
    await syncBIntoA(v);
    expect((await readVaultInfo(v.a)).wraps).toEqual(['password', `keychain:${A.id}`]);
    expect(await quickUnlock(v.a, keychainA, A)).toBe('opened');
  });

  it('a master-password change keeps this computer’s quick unlock and drops the other’s, which then asks for the password', async () => {
    const v = await twoComputers();
    await as(A, v.a, (s) => enableQuickUnlock(s, keychainA));
    await as(B, v.b, (s) => enableQuickUnlock(s, keychainB));
    await syncBIntoA(v);
    const session = await openVault(v.a, PW, { device: A });
    const deviceKey = Buffer.from(keychainA.items.values().next().value as string, 'base64');
    const { dropped } = await session.changeMasterPassword(PW, 'the new master password', { rewrap: new Map([[`keychain:${A.id}`, deviceKey]]) });
    session.lock();
    expect(dropped).toEqual([`keychain:${B.id}`]);
    copyFileSync(v.a, v.b);
    expect(await quickUnlock(v.a, keychainA, A)).toBe('opened');
    expect(await quickUnlock(v.b, keychainB, B)).toMatchObject({ code: 'KEYCHAIN_MISMATCH', details: { reason: 'no-wrap' } });
    expect(await quickUnlockStatus(v.b, keychainB, { deviceId: B.id })).toMatchObject({ enabled: false, ready: false });
  });

  it('a vault with the one keychain wrap of before still opens where the keychain has its key, and becomes that computer’s when it turns quick unlock on again', async () => {
    const v = await twoComputers();
    const legacyKey = Buffer.alloc(32, 5);
    await as(A, v.a, (s) => s.addKeyWrap('keychain', legacyKey));
    keychainA.items.set((await readVaultInfo(v.a)).vaultId, legacyKey.toString('base64'));
    expect(await quickUnlock(v.a, keychainA, A)).toBe('opened');
    expect(await quickUnlockStatus(v.a, keychainA, { deviceId: A.id })).toMatchObject({ enabled: true, item: 'present', ready: true });
    // Another computer without the key cannot tell whose wrap it is: its keychain has no item.
    expect(await quickUnlock(v.a, keychainB, B)).toMatchObject({ code: 'KEYCHAIN_MISMATCH', details: { reason: 'item-missing' } });
    await as(A, v.a, (s) => enableQuickUnlock(s, keychainA));
    expect((await readVaultInfo(v.a)).wraps).toEqual(['password', `keychain:${A.id}`]);
    expect(await quickUnlock(v.a, keychainA, A)).toBe('opened');
  });
});
