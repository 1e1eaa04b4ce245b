import { readFile } from 'node:fs/promises';
import { AppError } from '../../errors/index.ts';
import { digestOf } from '../format/layout.ts';
import { atomicReplace } from './atomic-write.ts';
import { backupPathOf } from './vault-files.ts';
import { acquireWriteLock } from './write-lock.ts';

function externalChange(): AppError {
  return new AppError(
    'EXTERNAL_CHANGE',
    'The vault file was changed by someone else since it was opened; nothing was overwritten. Lock and unlock to load the newer file, then repeat the change.',
  );
}

/**
 * Saves a new version of the vault over `path`, under the write lock: the file on disk must still be
 * the one we loaded (`expectedDigest`), else EXTERNAL_CHANGE. The previous good file becomes `PATH.bak`
 * (itself written atomically), then the new bytes replace the vault atomically.
 */
export async function saveVaultFile(path: string, bytes: Buffer, expectedDigest: Buffer): Promise<void> {
  const release = await acquireWriteLock(path);
  try {
    let current: Buffer;
    try {
      current = await readFile(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw externalChange();
      throw error;
    }
    if (!digestOf(current).equals(expectedDigest)) throw externalChange();
    await atomicReplace(backupPathOf(path), current, '.tmp');
    await atomicReplace(path, bytes, '.tmp');
  } finally {
    await release();
  }
}
