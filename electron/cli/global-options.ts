import type { ParseArgsOptionsConfig } from './command.ts';

/** Options every command accepts, before or after the command name. */
export const GLOBAL_OPTIONS = {
  vault: { type: 'string' },
  'password-stdin': { type: 'boolean' },
  keychain: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

export interface GlobalOptions {
  /** Absolute vault path (resolved from --vault, APPPASS_VAULT or the platform default). */
  vault: string;
  passwordStdin: boolean;
  keychain: boolean;
  json: boolean;
}
