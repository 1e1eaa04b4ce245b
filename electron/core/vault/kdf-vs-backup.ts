import type { KdfParams } from '../kdf/index.ts';
import { AppError } from '../errors/index.ts';
import { parseContainer } from './format/container.ts';
import { readVaultFile } from './storage/read-regular-file.ts';
import { backupPathOf } from './storage/vault-files.ts';

/**
 * The backup's KDF parameters when they differ from `kdf` (the file's own), else null — also null
 * when there is no readable backup. Finding L9: an attacker can lower the KDF settings in the header
 * (with the digest recomputed); nothing then opens, but without this the user only hears "wrong
 * password". After a Re-calibrate the backup also differs until the next save: the words say so.
 */
export async function backupKdfIfDifferent(path: string, kdf: KdfParams): Promise<KdfParams | null> {
  let backup: KdfParams;
  try {
    backup = parseContainer(await readVaultFile(backupPathOf(path))).header.kdf;
  } catch {
    return null;
  }
  const same = backup.memoryKiB === kdf.memoryKiB && backup.iterations === kdf.iterations && backup.parallelism === kdf.parallelism;
  return same ? null : { memoryKiB: backup.memoryKiB, iterations: backup.iterations, parallelism: backup.parallelism };
}

/** A one-line description of KDF parameters, as `apppass info` prints them. */
export function describeKdf(kdf: KdfParams): string {
  return `${kdf.memoryKiB} KiB, t=${kdf.iterations}, p=${kdf.parallelism}`;
}

/** WRONG_PASSWORD for `path`, worded for a file whose KDF settings differ from its backup's (L9). */
export async function wrongPasswordFor(path: string, kdf: KdfParams): Promise<AppError> {
  const backup = await backupKdfIfDifferent(path, kdf);
  if (backup === null) return new AppError('WRONG_PASSWORD', 'The master password is wrong.');
  return new AppError(
    'WRONG_PASSWORD',
    `Wrong password, or the file's key-derivation settings were changed: they (${describeKdf(kdf)}) differ from those recorded in its backup ${backupPathOf(path)} (${describeKdf(backup)}). If you did not re-calibrate or change the password since the last save, try the backup (restore-backup).`,
    { details: { reason: 'kdf-differs-from-backup' } },
  );
}
