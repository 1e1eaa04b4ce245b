import { describe, expect, it } from 'vitest';
import { generate } from '../../../../electron/core/generator/index.ts';
import { ENTROPY_LEVELS_BITS, strengthFromEntropy } from '../../../../electron/core/generator/strength-from-entropy.ts';

describe('generated strength from the exact entropy (not zxcvbn)', () => {
  it('a 6-digit PIN is weak, every time, with no talk of dates', () => {
    for (let i = 0; i < 12; i++) expect(generate({ kind: 'pin', length: 6 }).strength).toEqual({ score: 0, entropyBits: expect.closeTo(19.93, 2) });
  });
  it('settings of about the same entropy get the same level (12-digit PIN, 3-word passphrase, 8 lower-case letters)', () => {
    const pin = generate({ kind: 'pin', length: 12 }).strength;
    const words = generate({ kind: 'passphrase', words: 3 }).strength;
    expect(pin.score).toBe(1);
    expect(words.score).toBe(1);
  });
  it('a Google-format app password (16 lower-case letters, 75 bits) is strong; 128 bits is very strong', () => {
    expect(strengthFromEntropy(16 * Math.log2(26)).score).toBe(3);
    expect(strengthFromEntropy(128).score).toBe(4);
  });
  it('levels change exactly at their thresholds, and the same settings always give the same level', () => {
    for (const [i, bits] of ENTROPY_LEVELS_BITS.entries()) {
      expect(strengthFromEntropy(bits - 0.001).score).toBe(i);
      expect(strengthFromEntropy(bits).score).toBe(i + 1);
    }
    const scores = new Set(Array.from({ length: 20 }, () => generate({ kind: 'alnum', length: 20 }).strength.score));
    expect(scores.size).toBe(1);
  });
});
