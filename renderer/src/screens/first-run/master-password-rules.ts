/** What a new master password must meet before a vault is made with it. */
export const MASTER_MIN_LENGTH = 10;
/** zxcvbn score 3 = "Good". */
export const MASTER_MIN_SCORE = 3;

export type MasterProblem = 'mismatch' | 'tooShort' | 'tooWeak';

export function masterPasswordProblem(password: string, confirm: string, score: number): MasterProblem | null {
  if ([...password].length < MASTER_MIN_LENGTH) return 'tooShort';
  if (score < MASTER_MIN_SCORE) return 'tooWeak';
  if (password !== confirm) return 'mismatch';
  return null;
}
