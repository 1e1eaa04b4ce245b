import { MASTER_PASSWORD_MIN_LENGTH } from '../contract/limits.ts';
import { AppError } from '../core/errors/index.ts';

/** The option that lets a script keep a short master password (L8). */
export const ALLOW_WEAK_PASSWORD = 'allow-weak-password';

/** `apppass init --help` / `passwd --help`: the rule, from contract/limits.ts. */
export const NEW_PASSWORD_HELP = `The new master password needs at least ${MASTER_PASSWORD_MIN_LENGTH} characters, as in the app; --${ALLOW_WEAK_PASSWORD} accepts a shorter one (for scripts).`;

/**
 * A new master password for `init` and `passwd`: never empty, and at least MASTER_PASSWORD_MIN_LENGTH
 * characters (code points, as the app counts them) unless `--allow-weak-password` is given (L8).
 * USAGE otherwise, saying that `nothing` was done.
 */
export function checkNewMasterPassword(password: string, allowWeak: boolean, nothing: string): void {
  if (password === '') throw new AppError('USAGE', `The master password must not be empty; ${nothing}.`);
  if (!allowWeak && [...password].length < MASTER_PASSWORD_MIN_LENGTH) {
    throw new AppError(
      'USAGE',
      `A master password needs at least ${MASTER_PASSWORD_MIN_LENGTH} characters (the app asks the same); ${nothing}. A script that must keep a shorter one can pass --${ALLOW_WEAK_PASSWORD}.`,
      { details: { reason: 'weak-password', minLength: MASTER_PASSWORD_MIN_LENGTH } },
    );
  }
}
