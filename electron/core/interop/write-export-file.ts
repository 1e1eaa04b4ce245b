import { AppError } from '../errors/index.ts';
import { atomicCreate } from '../vault/storage/atomic-write.ts';

/**
 * Writes an export atomically and privately, with the vault's own atomicCreate: a temporary file
 * (mode 0600) in the same folder, flushed to disk, then hard-linked to `path` — which fails if
 * `path` exists, so nothing is ever overwritten. A reader never sees a half-written export.
 */
export async function writeExportFile(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await atomicCreate(path, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new AppError('IO_ERROR', `${path} already exists; it was left alone. Choose another file name.`, { details: { path } });
    throw new AppError('IO_ERROR', `Could not write ${path} (${code ?? 'error'}). Check the folder and its permissions.`, { details: { path } });
  }
}
