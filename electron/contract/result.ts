import type { ErrorCode } from './error-codes.ts';

/** The plain shape an error takes on the wire (IPC, the browser host, CLI --json). */
export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  details?: Record<string, string | number | boolean>;
}

/** Every contract call resolves to a Result; it never rejects for an expected failure. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };
