import { randomBytes } from 'node:crypto';
import { link, open, unlink } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { AppError } from '../errors/index.ts';

/**
 * Writes an export atomically and privately: a temporary file (mode 0600) in the same folder,
 * flushed to disk, then hard-linked to `path` — which fails if `path` exists, so nothing is ever
 * overwritten — and the temporary name removed. A reader never sees a half-written export.
 */
export async function writeExportFile(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.chmod(0o600);
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await link(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new AppError('IO_ERROR', `${path} already exists; it was left alone. Choose another file name.`, { details: { path } });
    throw new AppError('IO_ERROR', `Could not write ${path} (${code ?? 'error'}). Check the folder and its permissions.`, { details: { path } });
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}
