import { describe, expect, it } from 'vitest';
import { estimateStrength } from '../../../../electron/core/strength/index.ts';

describe('estimateStrength (zxcvbn, English dictionaries)', () => {
  it('scores a common password 0 with a warning in words', async () => {
    const r = await estimateStrength('password1');
    expect(r.score).toBe(0);
    expect(r.guessesLog10).toBeLessThan(4);
    expect(r.feedback.warning).toMatch(/common/i);
    expect(r.feedback.suggestions.length).toBeGreaterThan(0);
  });

  it('uses the English dictionaries (a first name plus year is weak)', async () => {
    const r = await estimateStrength('jennifer1987');
    expect(r.score).toBeLessThanOrEqual(1);
  });

  it('scores a long random password 4 with no warning', async () => {
    const r = await estimateStrength('Xq7#pL9!vR2@mK4$tZ');
    expect(r.score).toBe(4);
    expect(r.feedback.warning).toBeNull();
    expect(r.guessesLog10).toBeGreaterThan(10);
  });

  it('returns only the figures and feedback, never the password', async () => {
    const r = await estimateStrength('hunter2hunter2');
    expect(Object.keys(r).sort()).toEqual(['feedback', 'guessesLog10', 'score']);
    expect(JSON.stringify(r)).not.toContain('hunter2');
  });

  it('copes with empty and very long input', async () => {
    expect((await estimateStrength('')).score).toBe(0);
    expect((await estimateStrength('a'.repeat(5000))).score).toBeLessThanOrEqual(1);
  });
});

describe('estimateStrength with the capped l33t search', () => {
  it('still sees through common substitutions', async () => {
    for (const pw of ['P@ssw0rd!', 'p4ssw0rd', 'l3tm31n']) expect((await estimateStrength(pw)).score).toBeLessThanOrEqual(1);
  });
});
