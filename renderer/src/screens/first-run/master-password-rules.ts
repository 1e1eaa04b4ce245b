import { MASTER_PASSWORD_MIN_LENGTH } from '../../../../electron/contract/limits.ts';

/** zxcvbn score 3 = "Good". */
export const MASTER_MIN_SCORE = 3;

export type MasterProblem = 'mismatch' | 'tooShort' | 'tooWeak';

export function masterPasswordProblem(password: string, confirm: string, score: number): MasterProblem | null {
  if ([...password].length < MASTER_PASSWORD_MIN_LENGTH) return 'tooShort';
  if (score < MASTER_MIN_SCORE) return 'tooWeak';
  if (password !== confirm) return 'mismatch';
  return null;
}
