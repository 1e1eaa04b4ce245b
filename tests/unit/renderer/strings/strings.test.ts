import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../../electron/contract/error-codes.ts';
import { en, errorWords } from '../../../../renderer/src/strings/en.ts';

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
