import { AppError } from '../errors/index.ts';
import { checkKdfParams } from '../kdf/index.ts';
import { parseContainer } from './format/container.ts';
import { atomicReplace } from './storage/atomic-write.ts';
import { fileError } from './storage/file-errors.ts';
import { readVaultFile } from './storage/read-regular-file.ts';
import { realVaultPath } from './storage/save-vault-file.ts';
import { backupPathOf } from './storage/vault-files.ts';
import { acquireWriteLock } from './storage/write-lock.ts';

/**
 * Puts `PATH.bak` back as the vault (atomically, under the write lock). The file it replaces is kept
 * as `PATH.before-restore`. NO_BACKUP when there is none; VAULT_CORRUPT when the backup is damaged too.
 */
export async function restoreBackup(path: string): Promise<void> {
  const real = await realVaultPath(path);
  const backup = await readVaultFile(backupPathOf(real), () => {
    return new AppError('NO_BACKUP', `There is no backup of the vault at ${path} (it is made on the first save after creation).`, { details: { path } });
  });
  checkKdfParams(parseContainer(backup).header.kdf);
  try {
    const release = await acquireWriteLock(real);
    try {
      const current = await readVaultFile(real, () => new AppError('NOT_FOUND', 'gone')).catch(() => null);
      if (current !== null) await atomicReplace(`${real}.before-restore`, current);
      await atomicReplace(real, backup);
    } finally {
      await release();
    }
  } catch (error) {
    throw fileError(error, 'restore the backup over', path);
  }
}
