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
  'CATALOG_INVALID', // a catalog file that is not JSON or does not match the catalog schema
  'CATALOG_SIGNATURE_INVALID', // missing, malformed or wrong minisign signature, or an untrusted key
  'CATALOG_ROLLBACK', // an update whose version is not newer than the catalog in use
  'CATALOG_EXPIRED', // an update whose expiry date has passed
  'CATALOG_FETCH_FAILED', // the catalog or its signature could not be downloaded or read
  // interop
  'IMPORT_INVALID',
  'IMPORT_WRONG_PASSWORD',
  'IMPORT_TOO_LARGE',
  // shell
  'CLIPBOARD_UNAVAILABLE',
  'LINK_NOT_ALLOWED',
  // agent (apppass get)
  'AGENT_UNAVAILABLE', // no agent serves, and get cannot unlock the vault itself (no terminal)
  'AGENT_PROTOCOL', // the client and the agent speak different protocol versions
  'AGENT_BAD_REQUEST', // a request or answer on the agent socket failed its schema
  'AGENT_DENIED', // the user refused the caller in the app (or nobody answered in time)
  'AMBIGUOUS', // a query matched several entries
  'NOT_A_COPY', // a file given to merge or sync is not a copy of this vault (another vault id)
  'COPY_PASSWORD_REQUIRED', // a copy of this vault under another master password, and no way to ask for it
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
