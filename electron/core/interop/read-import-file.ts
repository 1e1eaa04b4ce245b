import { open } from 'node:fs/promises';
import { AppError } from '../errors/index.ts';
import { importTooLarge } from './import-errors.ts';
import { IMPORT_LIMITS, type ImportLimits } from './limits.ts';

/** Reads an import file, refusing one over the size limit before reading it (IMPORT_TOO_LARGE). */
export async function readImportFile(path: string, limits: ImportLimits = IMPORT_LIMITS): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('NOT_FOUND', `There is no file at ${path}. Check the path.`, { details: { path } });
    throw new AppError('IO_ERROR', `Could not read ${path} (${code ?? 'error'}). Check the path and its permissions.`, { details: { path } });
  }
  try {
    const { size } = await handle.stat();
    if (size > limits.fileBytes) throw importTooLarge(`the file has ${size} bytes`, limits.fileBytes);
    const bytes = await handle.readFile();
    if (bytes.length > limits.fileBytes) throw importTooLarge(`the file has ${bytes.length} bytes`, limits.fileBytes);
    return bytes;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('IO_ERROR', `Could not read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`, { details: { path } });
  } finally {
    await handle.close();
  }
}
