import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../electron/contract/error-codes.ts';
import { GENERATOR_LIMITS } from '../../../electron/contract/index.ts';
import { en, errorWords } from '../../../renderer/src/strings/en.ts';
import { GENERATOR_LIMITS_VIEW } from '../../../renderer/src/screens/generator/generator-limits.ts';

describe('renderer strings', () => {
  it('has a title and advice for every error code in the contract', () => {
    for (const code of ERROR_CODES) {
      const words = errorWords[code];
      expect(words, code).toBeDefined();
      expect(words.title.length, code).toBeGreaterThan(3);
      expect(words.advice.length, code).toBeGreaterThan(10);
    }
  });

  it('has no words for codes the contract does not know', () => {
    expect(Object.keys(errorWords).sort()).toEqual([...ERROR_CODES].sort());
  });

  it('advice says what to do, not just what happened', () => {
    for (const code of ERROR_CODES) expect(errorWords[code].advice, code).not.toEqual(errorWords[code].title);
  });

  it('has one level word per zxcvbn score', () => {
    expect(en.strength.levels).toHaveLength(5);
  });

  it('the wizard names eight steps', () => {
    expect(en.wizard.steps).toHaveLength(8);
  });
});

describe('generator limits shown by the UI', () => {
  it('match the contract the core enforces', () => {
    expect(GENERATOR_LIMITS_VIEW.pin).toEqual(GENERATOR_LIMITS.pin);
    expect(GENERATOR_LIMITS_VIEW.alnum).toEqual(GENERATOR_LIMITS.alnum);
    expect(GENERATOR_LIMITS_VIEW.passphrase).toEqual(GENERATOR_LIMITS.passphrase);
    expect(GENERATOR_LIMITS_VIEW.separatorMax).toBe(GENERATOR_LIMITS.separatorMax);
    expect(GENERATOR_LIMITS_VIEW.patternMax).toBe(GENERATOR_LIMITS.patternMax);
  });
});
