import { stat } from 'node:fs/promises';
import type { VaultInfo } from '../../contract/calls/vault.ts';
import { isNotWeaker, KDF_RECOMMENDED_MIN } from '../kdf/index.ts';
import { backupKdfIfDifferent } from './kdf-vs-backup.ts';
import { readContainer } from './open-vault.ts';
import { backupPathOf } from './storage/vault-files.ts';

/** When the file was last written (ISO), or null when there is none. */
async function writtenAt(path: string): Promise<string | null> {
  try {
    return (await stat(path)).mtime.toISOString();
  } catch {
    return null;
  }
}

/** What the header says, without a password: format version, vault id, KDF parameters, wrap kinds. */
export async function readVaultInfo(path: string): Promise<VaultInfo> {
  const { header, version } = await readContainer(path);
  const backupSavedAt = await writtenAt(backupPathOf(path));
  return {
    path,
    formatVersion: version,
    vaultId: header.vaultId,
    kdf: { algorithm: 'argon2id', memoryKiB: header.kdf.memoryKiB, iterations: header.kdf.iterations, parallelism: header.kdf.parallelism },
    cipher: header.cipher,
    wraps: header.wraps.map((w) => w.kind),
    hasBackup: backupSavedAt !== null,
    backupSavedAt,
    kdfBelowRecommended: !isNotWeaker(header.kdf, KDF_RECOMMENDED_MIN),
    backupKdfDiffers: (await backupKdfIfDifferent(path, header.kdf)) ?? null,
  };
}
