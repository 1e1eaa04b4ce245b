import { readFile } from 'node:fs/promises';
import { AppError } from '../errors/index.ts';
import { checkKdfParams } from '../kdf/index.ts';
import { parseContainer } from './format/container.ts';
import { atomicReplace } from './storage/atomic-write.ts';
import { backupPathOf } from './storage/vault-files.ts';
import { acquireWriteLock } from './storage/write-lock.ts';

/**
 * Puts `PATH.bak` back as the vault (atomically, under the write lock). The file it replaces is kept
 * as `PATH.before-restore`. NO_BACKUP when there is none; VAULT_CORRUPT when the backup is damaged too.
 */
export async function restoreBackup(path: string): Promise<void> {
  let backup: Buffer;
  try {
    backup = await readFile(backupPathOf(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AppError('NO_BACKUP', `There is no backup of the vault at ${path} (it is made on the first save after creation).`, { details: { path } });
    }
    throw error;
  }
  checkKdfParams(parseContainer(backup).header.kdf);
  const release = await acquireWriteLock(path);
  try {
    const current = await readFile(path).catch(() => null);
    if (current !== null) await atomicReplace(`${path}.before-restore`, current, '.tmp');
    await atomicReplace(path, backup, '.tmp');
  } finally {
    await release();
  }
}
