import { describe, expect, it } from 'vitest';
import { EFF_WORDS, generate, WORDLIST_CREDIT } from '../../../../electron/core/generator/index.ts';
import { seededRandom } from '../../../support/seeded-random.ts';

const WORDS = new Set(EFF_WORDS);

describe('the EFF large word list', () => {
  it('has 7776 distinct words from "abacus" to "zoom"', () => {
    expect(EFF_WORDS).toHaveLength(7776);
    expect(WORDS.size).toBe(7776);
    expect(EFF_WORDS[0]).toBe('abacus');
    expect(EFF_WORDS[7775]).toBe('zoom');
    for (const w of EFF_WORDS) expect(w).toMatch(/^[a-z]+(-[a-z]+)?$/);
  });

  it('is credited under CC BY 3.0', () => {
    expect(WORDLIST_CREDIT).toContain('CC BY 3.0');
    expect(WORDLIST_CREDIT).toContain('Electronic Frontier Foundation');
  });
});

describe('passphrase', () => {
  it('defaults to 6 words from the list joined by "-"', () => {
    const { passwords } = generate({ kind: 'passphrase', separator: ' ', count: 50 }, seededRandom(21));
    for (const pw of passwords) {
      const words = pw.split(' ');
      expect(words).toHaveLength(6);
      for (const w of words) expect(WORDS.has(w)).toBe(true);
    }
    const spaced = generate({ kind: 'passphrase', separator: ' ' }, seededRandom(24)).passwords[0] as string;
    expect(generate({ kind: 'passphrase' }, seededRandom(24)).passwords[0]).toBe(spaced.split(' ').join('-'));
  });

  it('takes 3 to 20 words, a custom separator and capitals', () => {
    const { passwords } = generate({ kind: 'passphrase', words: 20, separator: '.', capitalize: true, count: 20 }, seededRandom(22));
    for (const pw of passwords) {
      const words = pw.split('.');
      expect(words).toHaveLength(20);
      for (const w of words) {
        expect(w[0]).toMatch(/[A-Z]/);
        expect(WORDS.has(w.toLowerCase())).toBe(true);
      }
    }
    const three = generate({ kind: 'passphrase', words: 3, separator: '' }, seededRandom(23)).passwords[0] as string;
    expect(three).toMatch(/^[a-z-]+$/);
    expect(() => generate({ kind: 'passphrase', words: 2 })).toThrow(expect.objectContaining({ code: 'GENERATOR_OPTIONS_INVALID' }));
    expect(() => generate({ kind: 'passphrase', words: 21 })).toThrow(expect.objectContaining({ code: 'GENERATOR_OPTIONS_INVALID' }));
    expect(() => generate({ kind: 'passphrase', separator: '123456789' })).toThrow(expect.objectContaining({ code: 'GENERATOR_OPTIONS_INVALID' }));
  });
});
