import type { ErrorCode } from '../core/errors/index.ts';

/**
 * Exit codes are part of the CLI's public interface: scripts depend on them.
 * 0 ok, 1 unexpected, 2 usage, 3 wrong password, 4 vault damaged / tampered / unsupported /
 * parameters out of range, 5 not found or ambiguous, 6 external change or locked (keychain too; no agent
 * and no terminal for `apppass get`; a caller refused in the app),
 * 7 a sign-in check that did not return OK, 8 a file could not be read or written (IO_ERROR: disk full,
 * read-only folder, permission denied, not a regular file).
 */
export const EXIT = {
  OK: 0,
  UNEXPECTED: 1,
  USAGE: 2,
  WRONG_PASSWORD: 3,
  VAULT_DAMAGED: 4,
  NOT_FOUND: 5,
  CONFLICT_OR_LOCKED: 6,
  CHECK_FAILED: 7,
  IO_ERROR: 8,
} as const;

const BY_CODE: Partial<Record<ErrorCode, number>> = {
  USAGE: EXIT.USAGE,
  VALIDATION: EXIT.USAGE,
  LINK_NOT_ALLOWED: EXIT.USAGE,
  CLIPBOARD_UNAVAILABLE: EXIT.UNEXPECTED,
  PATTERN_INVALID: EXIT.USAGE,
  GENERATOR_OPTIONS_INVALID: EXIT.USAGE,
  UNKNOWN_PROVIDER: EXIT.USAGE,
  VAULT_EXISTS: EXIT.USAGE,
  WRONG_PASSWORD: EXIT.WRONG_PASSWORD,
  IMPORT_WRONG_PASSWORD: EXIT.WRONG_PASSWORD,
  VAULT_CORRUPT: EXIT.VAULT_DAMAGED,
  VAULT_TAMPERED: EXIT.VAULT_DAMAGED,
  UNSUPPORTED_VERSION: EXIT.VAULT_DAMAGED,
  KDF_PARAMS_OUT_OF_RANGE: EXIT.VAULT_DAMAGED,
  IMPORT_INVALID: EXIT.VAULT_DAMAGED,
  IMPORT_TOO_LARGE: EXIT.VAULT_DAMAGED,
  NOT_FOUND: EXIT.NOT_FOUND,
  NO_BACKUP: EXIT.NOT_FOUND,
  EXTERNAL_CHANGE: EXIT.CONFLICT_OR_LOCKED,
  LOCKED: EXIT.CONFLICT_OR_LOCKED,
  KEYCHAIN_UNAVAILABLE: EXIT.CONFLICT_OR_LOCKED,
  KEYCHAIN_MISMATCH: EXIT.CONFLICT_OR_LOCKED,
  MASTER_PASSWORD_REQUIRED: EXIT.CONFLICT_OR_LOCKED,
  IO_ERROR: EXIT.IO_ERROR,
  AGENT_UNAVAILABLE: EXIT.CONFLICT_OR_LOCKED,
  AGENT_DENIED: EXIT.CONFLICT_OR_LOCKED,
  AGENT_BAD_REQUEST: EXIT.USAGE,
  AMBIGUOUS: EXIT.NOT_FOUND,
};

export function exitCodeFor(code: ErrorCode): number {
  return BY_CODE[code] ?? EXIT.UNEXPECTED;
}
