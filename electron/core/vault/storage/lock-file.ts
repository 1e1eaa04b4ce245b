import { link, stat } from 'node:fs/promises';
import { AppError, isAppError } from '../../errors/index.ts';
import { readRegularFile } from './read-regular-file.ts';

export function isCode(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === code;
}

/**
 * Publishes our candidate file (our owner already inside) under `path` with link(): the file appears
 * atomically and complete, never empty. False when the name is taken (EEXIST).
 */
export async function tryLink(candidate: string, path: string): Promise<boolean> {
  try {
    await link(candidate, path);
    return true;
  } catch (error) {
    if (isCode(error, 'EEXIST')) return false;
    throw error;
  }
}

const LOCK_MAX_BYTES = 4096;

/** Errors that say something about the file itself (it stays so), not about this moment. */
const LASTING = new Set(['EACCES', 'EPERM', 'EISDIR', 'ELOOP']);

/**
 * A lock file's text; null when there is none; undefined when it cannot be read just now (too many
 * open files, an interrupted call: a busy machine says nothing about the lock, so it is not judged).
 * Read like any file AppPass did not write itself: only a regular file, at most 4 KiB (a planted FIFO
 * would block). A file that is not a regular file, too large or not readable by us reads as '', an
 * owner nobody can name, so it goes stale after UNREADABLE_LOCK_STALE_MS.
 */
export async function readLockText(path: string): Promise<string | null | undefined> {
  try {
    const bytes = await readRegularFile(path, {
      maxBytes: LOCK_MAX_BYTES,
      action: 'read the lock',
      notFound: () => new AppError('NOT_FOUND', 'no lock'),
      tooLarge: () => new AppError('IO_ERROR', 'lock too large'),
    });
    return bytes.toString('utf8');
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') return null;
    const errno = isAppError(error) ? error.details?.['errno'] : (error as NodeJS.ErrnoException | null)?.code;
    return typeof errno === 'string' && !LASTING.has(errno) ? undefined : '';
  }
}

/** The lock's text and how long ago it was written; null when there is none, undefined when unreadable just now. */
export async function readLock(path: string): Promise<{ text: string; ageMs: number } | null | undefined> {
  const text = await readLockText(path);
  if (text === null || text === undefined) return text;
  try {
    return { text, ageMs: Date.now() - (await stat(path)).mtimeMs };
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null;
    return undefined;
  }
}
