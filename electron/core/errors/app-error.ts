import type { ErrorCode } from '../../contract/error-codes.ts';
import type { ErrorPayload } from '../../contract/result.ts';

/**
 * The one error type that crosses layer boundaries. `message` is written for people and must
 * never contain a secret (passwords, keys, entry secrets): build it from codes, ids and counts.
 * `details` carries extra, equally secret-free, structured data (an error position, a limit).
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, string | number | boolean>> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options?: { cause?: unknown; details?: Record<string, string | number | boolean> },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options?.details;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/**
 * Converts anything thrown into a wire payload. Unknown errors become INTERNAL with a generic
 * message: their text may contain data we must not leak (e.g. a server reply echoing input).
 */
export function toErrorPayload(error: unknown): ErrorPayload {
  if (isAppError(error)) {
    return error.details === undefined
      ? { code: error.code, message: error.message }
      : { code: error.code, message: error.message, details: { ...error.details } };
  }
  return { code: 'INTERNAL', message: 'Something went wrong inside AppPass. Try again; if it keeps happening, report a bug.' };
}
