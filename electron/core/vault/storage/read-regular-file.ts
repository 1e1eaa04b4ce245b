import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { AppError } from '../../errors/index.ts';
import { fileError } from './file-errors.ts';
import { VAULT_FILE_MAX } from './vault-files.ts';

/** O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer (then fstat refuses it). */
const READ_NONBLOCKING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

const CHUNK_BYTES = 1024 * 1024;

/** What a refused or failed read reports, so vault, backup and import keep their own words. */
export interface ReadLimits {
  /** Largest size accepted; a bigger file throws what `tooLarge` returns, before it is read. */
  maxBytes: number;
  tooLarge: (size: number) => AppError;
  /** Error for a missing file. */
  notFound: () => AppError;
  /** Words for the IO_ERROR message, e.g. 'read the vault at'. */
  action: string;
}

/**
 * Reads a regular file, and only a regular file: a folder, FIFO, socket or device is refused with
 * IO_ERROR before a byte is read (a FIFO would block the thread pool, /dev/zero never ends). At most
 * `maxBytes + 1` bytes are read from the handle, whatever stat said, so a file that grows while it is
 * read is still bounded (M3).
 */
export async function readRegularFile(path: string, limits: ReadLimits): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, READ_NONBLOCKING);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw limits.notFound();
    throw fileError(error, limits.action, path);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      const kind = info.isDirectory() ? 'a folder' : info.isFIFO() ? 'a named pipe (FIFO)' : info.isSocket() ? 'a socket' : 'a device';
      throw new AppError('IO_ERROR', `Could not ${limits.action} ${path}: it is ${kind}, not a regular file. Choose a file.`, { details: { path } });
    }
    if (info.size > limits.maxBytes) throw limits.tooLarge(info.size);
    // One buffer of the size stat gave; then read on in chunks in case the file is longer than it
    // said (files in /proc report 0), never past maxBytes + 1.
    const chunks: Buffer[] = [];
    let total = 0;
    let next = Buffer.allocUnsafe(Math.max(info.size, 1));
    for (;;) {
      const { bytesRead } = await handle.read(next, 0, next.length, null);
      if (bytesRead === 0) break;
      chunks.push(next.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limits.maxBytes) throw limits.tooLarge(total);
      next = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, limits.maxBytes + 1 - total));
    }
    return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
  } catch (error) {
    throw fileError(error, limits.action, path);
  } finally {
    await handle.close();
  }
}

/** A vault (or backup) file's bytes, bounded by VAULT_FILE_MAX; `notFound` for a missing file (default NOT_FOUND). */
export function readVaultFile(path: string, notFound?: () => AppError): Promise<Buffer> {
  return readRegularFile(path, {
    maxBytes: VAULT_FILE_MAX,
    action: 'read',
    notFound: notFound ?? (() => new AppError('NOT_FOUND', `There is no vault at ${path}.`, { details: { path, subject: 'vault' } })),
    tooLarge: (size) => new AppError('VAULT_CORRUPT', `${path} has ${size} bytes, more than any vault can hold.`, { details: { path } }),
  });
}
