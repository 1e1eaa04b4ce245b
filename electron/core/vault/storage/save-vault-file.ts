import { open } from 'node:fs/promises';
import { AppError } from '../../errors/index.ts';
import { DIGEST_BYTES } from '../format/layout.ts';
import { atomicReplace, replaceWithLink } from './atomic-write.ts';
import { backupPathOf } from './vault-files.ts';
import { acquireWriteLock } from './write-lock.ts';

function externalChange(): AppError {
  return new AppError(
    'EXTERNAL_CHANGE',
    'The vault file was changed by someone else since it was opened; nothing was overwritten. Lock and unlock to load the newer file, then repeat the change.',
  );
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

/**
 * Saves a new version of the vault over `path`, under the write lock: the file on disk must still be
 * the one we loaded (`expectedDigest`), else EXTERNAL_CHANGE. The previous good file becomes `PATH.bak`
 * (a second name for the same, already synced file; a copy where links are not supported), then the
 * new bytes replace the vault atomically.
 */
export async function saveVaultFile(path: string, bytes: Buffer, expectedDigest: Buffer): Promise<void> {
  const release = await acquireWriteLock(path);
  try {
    const current = await readDigest(path);
    if (current === null || !current.equals(expectedDigest)) throw externalChange();
    await replaceWithLink(backupPathOf(path), path);
    await atomicReplace(path, bytes, '.tmp');
  } finally {
    await release();
  }
}
