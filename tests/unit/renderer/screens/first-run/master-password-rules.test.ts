import { describe, expect, it } from 'vitest';
import { MASTER_PASSWORD_MIN_LENGTH } from '../../../../../electron/contract/limits.ts';
import { MASTER_MIN_SCORE, masterPasswordProblem } from '../../../../../renderer/src/screens/first-run/master-password-rules.ts';

describe('new master password rules', () => {
  const long = 'x'.repeat(MASTER_PASSWORD_MIN_LENGTH);
  it('asks for length first, then strength, then the same confirmation', () => {
    expect(masterPasswordProblem('x'.repeat(MASTER_PASSWORD_MIN_LENGTH - 1), 'other', 4)).toBe('tooShort');
    expect(masterPasswordProblem(long, 'other', MASTER_MIN_SCORE - 1)).toBe('tooWeak');
    expect(masterPasswordProblem(long, 'other', MASTER_MIN_SCORE)).toBe('mismatch');
    expect(masterPasswordProblem(long, long, MASTER_MIN_SCORE)).toBeNull();
  });
  it('counts characters, not UTF-16 units', () => {
    const emoji = '🔑'.repeat(MASTER_PASSWORD_MIN_LENGTH - 1);
    expect(emoji.length).toBeGreaterThanOrEqual(MASTER_PASSWORD_MIN_LENGTH);
    expect(masterPasswordProblem(emoji, emoji, 4)).toBe('tooShort');
  });
});
