export { ERROR_CODES, type ErrorCode } from '../../contract/error-codes.ts';
export { AppError, isAppError, toErrorPayload } from './app-error.ts';
export type { ErrorPayload } from '../../contract/result.ts';
