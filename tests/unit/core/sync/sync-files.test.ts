import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findCopies, MERGED_FOLDER } from '../../../../electron/core/sync/index.ts';
import { moveMerged, purgeMerged } from '../../../../electron/core/sync/conflict-copies.ts';
import { replaceRetrying, RENAME_RETRY_DELAYS_MS, writeInPlace } from '../../../../electron/core/vault/storage/replace-retrying.ts';
import { createVault } from '../../../../electron/core/vault/index.ts';
import { FAST_KDF, tempVault } from '../../../support/vault-helpers.ts';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});
function fresh() {
  const t = tempVault();
  cleanups.push(t.cleanup);
  return t;
}

describe('conflict copies are found by the vault id in their header, not by name', () => {
  it('finds Syncthing, Dropbox, Nextcloud and odd names; skips the vault, its backup, lock and temporary files, sync clients\' half-written files, and other vaults', async () => {
    const { path } = fresh();
    const dir = dirname(path);
    const s = await createVault(path, 'pw', { kdf: FAST_KDF });
    s.add({ account: 'a@example.com', secret: 'x' });
    await s.save(); // makes vault.apppass.bak
    const names = ['vault.sync-conflict-20261130-091500-ABCDEFG.apppass', "vault (Alex's conflicted copy 2026-11-30).apppass", 'vault (còpia en conflicte 2026-11-30 093612).apppass', 'renamed by hand.bin'];
    for (const name of names) copyFileSync(path, join(dir, name));
    writeFileSync(`${path}.lock`, '123');
    copyFileSync(path, `${path}.1234.abcdefabcdef.tmp`);
    // Half-written by a sync client: Syncthing, Nextcloud, Resilio.
    for (const temp of ['.syncthing.vault.apppass.tmp', '~syncthing~vault.apppass.tmp', '.vault.apppass.~7f4a2c', 'vault.apppass.!sync']) copyFileSync(path, join(dir, temp));
    const other = join(dir, 'other.apppass');
    (await createVault(other, 'pw', { kdf: FAST_KDF })).lock();
    writeFileSync(join(dir, 'notes.txt'), 'not a vault');
    expect((await findCopies(path, s.vaultId)).map((p) => p.slice(dir.length + 1)).sort()).toEqual([...names].sort());
    s.lock();
  });

  it('moves a merged copy into .apppass-merged and removes it there after 30 days', async () => {
    const { path } = fresh();
    const dir = dirname(path);
    const copy = join(dir, 'vault (conflicted copy).apppass');
    writeFileSync(copy, 'bytes');
    const now = new Date('2026-11-30T10:00:00.000Z');
    const moved = await moveMerged(copy, now);
    expect(existsSync(copy)).toBe(false);
    expect(readdirSync(join(dir, MERGED_FOLDER))).toEqual(['2026-11-30T10-00-00-000Z vault (conflicted copy).apppass']);
    expect(await purgeMerged(path, new Date('2026-12-29T10:00:00.000Z'))).toEqual([]);
    expect(await purgeMerged(path, new Date('2026-12-30T10:00:01.000Z'))).toEqual(['2026-11-30T10-00-00-000Z vault (conflicted copy).apppass']);
    expect(existsSync(moved)).toBe(false);
  });
});

describe('saving where a sync client holds the file', () => {
  const transient = (code: string) => Object.assign(new Error(code), { code });

  it('retries the rename with backoff, then writes in place after the backup is verified', async () => {
    const calls: string[] = [];
    const waits: number[] = [];
    const how = await replaceRetrying('/v', Buffer.from('new'), {
      atomicReplace: async () => {
        calls.push('rename');
        throw transient('EBUSY');
      },
      writeInPlace: async () => void calls.push('in-place'),
      wait: async (ms) => void waits.push(ms),
    });
    expect(how).toBe('in-place');
    expect(waits).toEqual(RENAME_RETRY_DELAYS_MS);
    expect(calls).toEqual([...RENAME_RETRY_DELAYS_MS.map(() => 'rename'), 'rename', 'in-place']);
  });

  it('stops retrying as soon as the rename works, and throws other errors at once', async () => {
    let n = 0;
    const steps = { writeInPlace: async () => undefined, wait: async () => undefined };
    const busyTwice = async (): Promise<void> => {
      if (n++ < 2) throw transient('EPERM');
    };
    expect(await replaceRetrying('/v', Buffer.from('x'), { ...steps, atomicReplace: busyTwice })).toBe('atomic');
    expect(n).toBe(3);
    await expect(replaceRetrying('/v', Buffer.from('x'), { ...steps, atomicReplace: async () => { throw transient('ENOSPC'); } })).rejects.toMatchObject({ code: 'ENOSPC' });
  });

  it('writes in place only over the file its backup holds', async () => {
    const { path } = fresh();
    writeFileSync(path, 'old vault bytes, longer than the new');
    await expect(writeInPlace(path, Buffer.from('new'))).rejects.toMatchObject({ code: 'IO_ERROR' });
    expect(readFileSync(path, 'utf8')).toBe('old vault bytes, longer than the new');
    copyFileSync(path, `${path}.bak`);
    await writeInPlace(path, Buffer.from('new'));
    expect(readFileSync(path, 'utf8')).toBe('new');
  });
});
