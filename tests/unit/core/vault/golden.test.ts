import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { settingsSchema } from '../../../../electron/contract/calls/vault.ts';
import { FORMAT_VERSION, openVault, openVaultWithKey, readVaultInfo } from '../../../../electron/core/vault/index.ts';
import { GOLDEN } from '../../../fixtures/vault/golden-content.ts';
import { tempVault } from '../../../support/vault-helpers.ts';

/** One fixture per format version, each made by the code of its version (make-golden.ts); all must open. */
const FIXTURES = [
  { version: 1, vaultId: '2a47b674-0e18-460a-bb1b-368b5e62497c', ids: ['975df859-33f4-4df1-ac8f-58afae68b97f', '9b602ba4-e4f4-4589-86e4-5e010df22f5f'] },
  { version: 2, vaultId: 'fa11b60d-dd29-4852-beb2-4ca5eea814a4', ids: ['271f1e64-656f-4641-8f5d-481fe4967329', '182b5691-5c33-4db7-b130-4cf95af72758'] },
  { version: 3, vaultId: '7c5aaca5-53f6-452f-b270-1b0239590a8f', ids: ['4bc86034-504c-4eba-ae4e-08084cac8cc8', '5b90f6a6-858e-4a08-82ef-d55701e9bedd'] },
] as const;

it('there is a golden fixture for the format this AppPass writes', () => {
  expect(FIXTURES.map((f) => f.version)).toContain(FORMAT_VERSION);
});

describe.each(FIXTURES)('format-v$version golden fixture', ({ version, vaultId, ids: [ID1, ID2] }) => {
  const fixture = fileURLToPath(new URL(`../../../fixtures/vault/v${version}-golden.apppass`, import.meta.url));
  const t = tempVault();
  copyFileSync(fixture, t.path);
  afterAll(() => t.cleanup());

  it('info reads the header without a password', async () => {
    expect(await readVaultInfo(t.path)).toEqual({
      path: t.path,
      formatVersion: version,
      vaultId,
      kdf: { algorithm: 'argon2id', memoryKiB: 19456, iterations: 2, parallelism: 1 },
      cipher: 'aes-256-gcm',
      wraps: ['password', 'keychain'],
      hasBackup: false,
      backupSavedAt: null,
      kdfBelowRecommended: true, // 19 MiB, t=2, p=1: below 64 MiB/t=3/p=4 (L8's banner)
      backupKdfDiffers: null,
    });
  });

  it('opens with the known password and holds exactly the known content', async () => {
    const s = await openVault(t.path, GOLDEN.password, { now: () => new Date('2030-01-01T00:00:00.000Z') });
    expect(s.vaultId).toBe(vaultId);
    expect(s.list().map((e) => e.id)).toEqual([ID1, ID2]);
    expect(s.get(ID1)).toEqual({
      id: ID1,
      ...GOLDEN.entries[0]!.input,
      created: '2026-11-24T10:01:00.000Z',
      updated: '2026-11-24T10:01:00.000Z',
      lastCopied: '2026-11-24T10:03:00.000Z',
      revoked: null,
    });
    expect(s.get(ID2)).toEqual({
      id: ID2,
      provider: 'gmail',
      account: 'golden@gmail.com',
      label: 'Thunderbird',
      secret: 'qrstuvwxyzabcdef',
      created: '2026-11-24T10:02:00.000Z',
      updated: '2026-11-24T10:04:00.000Z',
      lastCopied: null,
      revoked: '2026-11-24T10:04:00.000Z',
      notes: '',
      tags: [],
      favourite: false,
    });
    // Settings added after the fixture was made take their defaults.
    expect(s.settings()).toEqual({ ...settingsSchema.parse({}), ...GOLDEN.settings });
    expect(s.activity()).toEqual([
      { at: '2026-11-24T10:01:00.000Z', action: 'created', entryId: ID1 },
      { at: '2026-11-24T10:02:00.000Z', action: 'created', entryId: ID2 },
      { at: '2026-11-24T10:03:00.000Z', action: 'copied', entryId: ID1 },
      { at: '2026-11-24T10:04:00.000Z', action: 'changed', entryId: ID2 },
    ]);
    // Opening with the master password records the time (in memory until the next save).
    expect(s.masterPasswordLastUsedAt()).toBe('2030-01-01T00:00:00.000Z');
    s.lock();
  });

  it('opens with its keychain wrap and keeps the stored masterPasswordLastUsedAt', async () => {
    const s = await openVaultWithKey(t.path, 'keychain', Buffer.from(GOLDEN.keychainKeyHex, 'hex'));
    expect(s.masterPasswordLastUsedAt()).toBe('2026-11-24T10:00:00.000Z');
    expect(s.list()).toHaveLength(2);
    s.lock();
  });

  it('a wrong password is WRONG_PASSWORD', async () => {
    await expect(openVault(t.path, 'golden fixture password')).rejects.toMatchObject({ code: 'WRONG_PASSWORD' });
  });

  it('saving rewrites it in the current format with the same content, and it opens again', async () => {
    const s = await openVault(t.path, GOLDEN.password);
    const before = { entries: s.list(), secrets: [s.get(ID1).secret, s.get(ID2).secret], settings: s.settings(), activity: s.activity() };
    await s.save();
    s.lock();
    expect((await readVaultInfo(t.path)).formatVersion).toBe(FORMAT_VERSION);
    const again = await openVault(t.path, GOLDEN.password);
    expect({ entries: again.list(), secrets: [again.get(ID1).secret, again.get(ID2).secret], settings: again.settings(), activity: again.activity() }).toEqual(before);
    again.lock();
  });
});

describe('format-v3 golden fixture: the sync part', () => {
  const fixture = fileURLToPath(new URL('../../../fixtures/vault/v3-golden.apppass', import.meta.url));
  const t = tempVault();
  copyFileSync(fixture, t.path);
  afterAll(() => t.cleanup());

  it('holds the device that wrote it (made with APPPASS_DEVICE_ID=601de4000000, APPPASS_DEVICE_NAME="golden computer")', async () => {
    const s = await openVault(t.path, GOLDEN.password);
    expect(s.devices()).toEqual([{ id: '601de4000000', name: 'golden computer', lastWrite: '2026-11-24T10:04:00.000Z', thisDevice: false }]);
    expect(s.toReview()).toEqual([]);
    s.lock();
  });
});
