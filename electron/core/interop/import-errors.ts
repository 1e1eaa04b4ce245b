import { AppError } from '../errors/index.ts';

/** IMPORT_INVALID: the file (or one row of it) cannot be imported. `where` names the row or item, never its values. */
export function importInvalid(reason: string, where?: string): AppError {
  const at = where === undefined ? '' : ` (${where})`;
  return new AppError('IMPORT_INVALID', `The import file is not valid${at}: ${reason}. Nothing was imported; fix the file or export it again.`, {
    details: where === undefined ? { reason } : { reason, where },
  });
}

export function importTooLarge(what: string, limit: number): AppError {
  return new AppError('IMPORT_TOO_LARGE', `The import is too large: ${what} (the limit is ${limit}). Nothing was imported; split the file or export fewer entries.`, {
    details: { what, limit },
  });
}

export function importWrongPassword(): AppError {
  return new AppError('IMPORT_WRONG_PASSWORD', "The file's password is wrong (or a key file is needed). Nothing was imported; try again.");
}
