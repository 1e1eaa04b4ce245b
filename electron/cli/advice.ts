import type { ErrorPayload } from '../contract/result.ts';
import type { ErrorCode } from '../core/errors/index.ts';

type Details = NonNullable<ErrorPayload['details']>;

/**
 * What to do, in the CLI's words. The core's messages say only what happened, so that the GUI never
 * shows "Run `apppass list`"; each host adds its own advice (the renderer's is in
 * renderer/src/strings/en.ts `errorWords`). Codes missing here get none: their core message is enough.
 */
const ADVICE: Partial<Record<ErrorCode, string | ((details: Details) => string | null)>> = {
  NOT_FOUND: (details) =>
    details['subject'] === 'entry'
      ? 'Run `apppass list` to see the ids.'
      : details['subject'] === 'vault'
        ? 'Create one with `apppass init`, or give --vault PATH.'
        : null,
  VAULT_EXISTS: 'Give another --vault PATH, or remove the old vault first.',
  WRONG_PASSWORD: 'Try again (check Caps Lock and the keyboard layout).',
  VAULT_CORRUPT: 'Restore the backup with `apppass restore-backup`.',
  VAULT_TAMPERED: 'Do not trust it; restore the backup with `apppass restore-backup`.',
  AMBIGUOUS: 'Name one by its id, or as account/label (the candidates follow).',
  IO_ERROR: (details) => (details['reason'] === 'in-use' ? 'Stop it first with `apppass agent lock`, or set APPPASS_AGENT_SOCKET to use another socket.' : null),
  MASTER_PASSWORD_REQUIRED: (details) =>
    details['reason'] === 'not-enabled'
      ? 'Unlock with the master password (leave out --keychain), or turn quick unlock on with `apppass keychain enable`.'
      : null,
};

/** The CLI's advice for an error, or null when the core's message says all there is to say. */
export function cliAdvice(error: ErrorPayload): string | null {
  const advice = ADVICE[error.code];
  if (advice === undefined) return null;
  return typeof advice === 'string' ? advice : advice(error.details ?? {});
}
