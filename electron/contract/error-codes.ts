/**
 * Every error AppPass reports carries one of these stable codes. The UI and the CLI map codes to
 * words and exit codes; nothing matches on message text. Add new codes here (and to the exit-code map
 * in electron/cli/exit-codes.ts) — never reuse or rename one. This file is part of the
 * contract so that the renderer can map codes to words.
 */
export const ERROR_CODES = [
  // general
  'USAGE', // bad CLI arguments or API input
  'VALIDATION', // an IPC payload failed its schema or sender check
  'INTERNAL', // a bug; message is generic, details never include secrets
  'NOT_FOUND',
  'IO_ERROR',
  // vault
  'WRONG_PASSWORD',
  'VAULT_CORRUPT',
  'VAULT_TAMPERED',
  'UNSUPPORTED_VERSION',
  'KDF_PARAMS_OUT_OF_RANGE',
  'EXTERNAL_CHANGE',
  'LOCKED',
  'VAULT_EXISTS',
  'NO_BACKUP',
  // keychain
  'KEYCHAIN_UNAVAILABLE',
  'KEYCHAIN_MISMATCH',
  'MASTER_PASSWORD_REQUIRED',
  // generator
  'PATTERN_INVALID',
  'GENERATOR_OPTIONS_INVALID',
  // providers / mail
  'DISCOVERY_FAILED',
  'AUTOCONFIG_INVALID',
  'UNKNOWN_PROVIDER',
  // interop
  'IMPORT_INVALID',
  'IMPORT_WRONG_PASSWORD',
  'IMPORT_TOO_LARGE',
  // shell
  'CLIPBOARD_UNAVAILABLE',
  'LINK_NOT_ALLOWED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
