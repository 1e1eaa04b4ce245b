import { open, readdir, realpath, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppError } from '../../errors/index.ts';
import { DIGEST_BYTES } from '../format/layout.ts';
import { fsyncDir, isTempOf, replaceWithLink } from './atomic-write.ts';
import { fileError } from './file-errors.ts';
import { readVaultFile } from './read-regular-file.ts';
import { backupPathOf } from './vault-files.ts';
import { acquireWriteLock } from './write-lock.ts';
import { replaceRetrying } from './replace-retrying.ts';

function externalChange(): AppError {
  return new AppError(
    'EXTERNAL_CHANGE',
    'The vault file was changed by someone else since it was opened; nothing was overwritten. Lock and unlock to load the newer file, then repeat the change.',
  );
}

/**
 * The file a vault path stands for: a symbolic link is followed, so the save, its lock, its temporary
 * files and `.bak` all live next to the real file and the link stays a link (M2). A path with no file
 * yet stands for itself.
 */
export async function realVaultPath(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return path;
    throw error;
  }
}

/** The last DIGEST_BYTES of the file at `path` (its whole-file SHA-256), or null when there is no file. */
async function readDigest(path: string): Promise<Buffer | null> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    if (size < DIGEST_BYTES) return Buffer.alloc(0);
    const digest = Buffer.alloc(DIGEST_BYTES);
    await handle.read(digest, 0, DIGEST_BYTES, size - DIGEST_BYTES);
    return digest;
  } finally {
    await handle.close();
  }
}

/** Under the lock, nobody else writes temporary files of this vault: any found are leftovers of a killed writer. */
async function cleanLeftovers(path: string): Promise<void> {
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => isTempOf(path, name)).map((name) => unlink(join(dirname(path), name)).catch(() => undefined)));
}

export interface SaveOptions {
  /**
   * After the save, `PATH.bak` is the new file too, not the previous one: after a master-password
   * change the previous file (old key, old password) must not stay next to the vault (M1).
   */
  backupIsNew?: boolean;
  /**
   * Makes the bytes to write, under the write lock, after the file on disk was checked: called with
   * null when it is the one this session loaded, else with its bytes (to be merged: read-merge-write)
   * — or throws. Without it a changed file is EXTERNAL_CHANGE.
   */
  reconcile?: (changedFile: Buffer | null) => Promise<Buffer>;
}

/**
 * Saves a new version of the vault over `path`, under the write lock: the file on disk must still be
 * the one we loaded (`expectedDigest`), else EXTERNAL_CHANGE — unless `options.reconcile` makes the
 * bytes (then `bytes` may be null) and merges a changed file. The previous good file becomes `PATH.bak`
 * (a second name for the same, already synced file; a copy where links are not supported), then the
 * new bytes replace the vault atomically. Afterwards the file must hold our bytes, or the save is not
 * reported as done. File-system failures are IO_ERROR with the errno (disk full, read-only, …).
 */
export async function saveVaultFile(path: string, bytes: Buffer | null, expectedDigest: Buffer, options: SaveOptions = {}): Promise<void> {
  let real = path;
  try {
    real = await realVaultPath(path);
    const release = await acquireWriteLock(real);
    try {
      const current = await readDigest(real);
      const changed = current === null || !current.equals(expectedDigest);
      if (changed && (current === null || options.reconcile === undefined)) throw externalChange();
      const toWrite = options.reconcile !== undefined ? await options.reconcile(changed ? await readVaultFile(real) : null) : bytes;
      if (toWrite === null) throw new AppError('INTERNAL', 'Nothing to save.');
      await cleanLeftovers(real);
      await replaceWithLink(backupPathOf(real), real);
      await replaceRetrying(real, toWrite);
      const written = await readDigest(real);
      if (written === null || !written.equals(toWrite.subarray(toWrite.length - DIGEST_BYTES))) throw externalChange();
      if (options.backupIsNew === true) {
        await replaceWithLink(backupPathOf(real), real);
        await fsyncDir(dirname(real));
      }
    } finally {
      await release();
    }
  } catch (error) {
    throw fileError(error, 'save the vault at', real);
  }
}
