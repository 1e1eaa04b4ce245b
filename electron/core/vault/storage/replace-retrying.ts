import { open } from 'node:fs/promises';
import { AppError } from '../../errors/index.ts';
import { atomicReplace } from './atomic-write.ts';
import { readVaultFile } from './read-regular-file.ts';
import { backupPathOf } from './vault-files.ts';

/**
 * Errors a sync client causes by holding a file it is uploading (Dropbox, OneDrive; mostly on
 * Windows, where a rename over an open file fails): worth another try after a short wait.
 */
const TRANSIENT = new Set(['EBUSY', 'EPERM', 'EACCES', 'ETXTBSY']);

/** Waits between tries of the atomic replace (about 1.5 s in all), then the in-place write. */
export const RENAME_RETRY_DELAYS_MS: readonly number[] = [50, 100, 200, 400, 800];

export interface ReplaceSteps {
  atomicReplace(path: string, bytes: Uint8Array): Promise<void>;
  writeInPlace(path: string, bytes: Uint8Array): Promise<void>;
  wait(ms: number): Promise<void>;
}

/**
 * Overwrites the vault file itself, after checking that `PATH.bak` (made just before, under the
 * write lock) holds exactly the file being overwritten: if this write is cut off, the backup is
 * the previous vault. KeePassXC does the same after its atomic save fails (PR #1385).
 */
export async function writeInPlace(path: string, bytes: Uint8Array): Promise<void> {
  const [current, backup] = await Promise.all([readVaultFile(path), readVaultFile(backupPathOf(path)).catch(() => null)]);
  if (backup === null || !backup.equals(current)) {
    throw new AppError('IO_ERROR', `The vault at ${path} could not be replaced (the file is held by another program) and its backup could not be verified; nothing was written. Try again when the sync client is idle.`, {
      details: { path, errno: 'EBUSY' },
    });
  }
  const handle = await open(path, 'r+');
  try {
    await handle.write(bytes, 0, bytes.length, 0);
    await handle.truncate(bytes.length);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const STEPS: ReplaceSteps = { atomicReplace, writeInPlace, wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

/**
 * The atomic replace, tried again with backoff while it fails the way a sync client holding the
 * file makes it fail; if it still does, the verified in-place write. Other errors are thrown at once.
 * Returns how the file was written.
 */
export async function replaceRetrying(path: string, bytes: Uint8Array, steps: ReplaceSteps = STEPS): Promise<'atomic' | 'in-place'> {
  for (let attempt = 0; ; attempt++) {
    try {
      await steps.atomicReplace(path, bytes);
      return 'atomic';
    } catch (error) {
      if (!TRANSIENT.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
      const delay = RENAME_RETRY_DELAYS_MS[attempt];
      if (delay === undefined) break;
      await steps.wait(delay);
    }
  }
  await steps.writeInPlace(path, bytes);
  return 'in-place';
}
