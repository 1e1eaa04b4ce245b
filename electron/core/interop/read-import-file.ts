import { AppError } from '../errors/index.ts';
import { readRegularFile } from '../vault/storage/read-regular-file.ts';
import { importTooLarge } from './import-errors.ts';
import { IMPORT_LIMITS, type ImportLimits } from './limits.ts';

/**
 * Reads an import file: only a regular file (a folder, FIFO or device is IO_ERROR before a byte is
 * read), and never more than the size limit, whatever stat says (/dev/zero reports size 0): a bigger
 * file is IMPORT_TOO_LARGE (M3).
 */
export function readImportFile(path: string, limits: ImportLimits = IMPORT_LIMITS): Promise<Buffer> {
  return readRegularFile(path, {
    maxBytes: limits.fileBytes,
    action: 'read',
    notFound: () => new AppError('NOT_FOUND', `There is no file at ${path}. Check the path.`, { details: { path } }),
    tooLarge: (size) => importTooLarge(`the file has ${size} bytes or more`, limits.fileBytes),
  });
}
