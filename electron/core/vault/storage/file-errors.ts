import { AppError, isAppError } from '../../errors/index.ts';

/** What to tell a person for the file-system errors a save or a read can meet. */
const ADVICE: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full. Free some space, then try again',
  EDQUOT: 'the disk quota is used up. Free some space, then try again',
  EROFS: 'the folder is on a read-only file system',
  EACCES: 'permission denied. Check the folder’s owner and permissions',
  EPERM: 'the operation is not permitted. Check the folder’s owner and permissions',
  EISDIR: 'the path is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'the path has too many symbolic links',
  EMFILE: 'too many files are open. Close some programs, then try again',
  EIO: 'the disk reported an input/output error',
};

/**
 * The typed IO_ERROR for a failed file operation (an AppError passes through unchanged). Names the
 * errno code and says what to do; the message holds the path and never any content.
 */
export function fileError(error: unknown, action: string, path: string): AppError {
  if (isAppError(error)) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code ?? 'error';
  const advice = ADVICE[code] ?? 'check the path and its permissions';
  return new AppError('IO_ERROR', `Could not ${action} ${path} (${code}): ${advice}.`, { details: { path, errno: code } });
}
