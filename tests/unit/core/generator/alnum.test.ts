import { describe, expect, it } from 'vitest';
import { generate, LOOKALIKES, SYMBOLS } from '../../../../electron/core/generator/index.ts';
import { seededRandom } from '../../../support/seeded-random.ts';

const has = (pw: string, re: RegExp): boolean => re.test(pw);
const SYMBOL_SET = new Set(SYMBOLS);
const hasSymbol = (pw: string): boolean => [...pw].some((c) => SYMBOL_SET.has(c));

describe('alnum', () => {
  it('defaults to 20 characters with all four classes present in every password', () => {
    const { passwords } = generate({ kind: 'alnum', count: 100 }, seededRandom(11));
    for (const pw of passwords) {
      expect(pw).toHaveLength(20);
      expect(has(pw, /[a-z]/) && has(pw, /[A-Z]/) && has(pw, /[0-9]/) && hasSymbol(pw)).toBe(true);
    }
  });

  it('puts every chosen class in even the shortest password', () => {
    // Length 8 with 4 classes misses a class often, so this exercises the redraw.
    const { passwords } = generate({ kind: 'alnum', length: 8, count: 100 }, seededRandom(12));
    for (const pw of passwords) {
      expect(pw).toHaveLength(8);
      expect(has(pw, /[a-z]/) && has(pw, /[A-Z]/) && has(pw, /[0-9]/) && hasSymbol(pw)).toBe(true);
    }
  });

  it('uses only the chosen classes', () => {
    const { passwords } = generate({ kind: 'alnum', length: 30, upper: false, symbols: false, count: 100 }, seededRandom(13));
    for (const pw of passwords) {
      expect(pw).toMatch(/^[a-z0-9]{30}$/);
      expect(has(pw, /[a-z]/) && has(pw, /[0-9]/)).toBe(true);
    }
    const digitsOnly = generate({ kind: 'alnum', length: 12, lower: false, upper: false, symbols: false, count: 20 }, seededRandom(14));
    for (const pw of digitsOnly.passwords) expect(pw).toMatch(/^[0-9]{12}$/);
  });

  it('never uses look-alikes when they are excluded', () => {
    const { passwords } = generate({ kind: 'alnum', length: 128, excludeLookalikes: true, count: 100 }, seededRandom(15));
    const joined = passwords.join('');
    for (const c of LOOKALIKES) expect(joined.includes(c)).toBe(false);
    // ... while the rest of each class still appears
    expect(joined).toMatch(/[a-km-z]/);
    expect(joined).toMatch(/[2-57-9]/);
    expect(LOOKALIKES.join('')).toBe('lI1O0B8G6|');
  });

  it('refuses lengths out of range and no classes at all', () => {
    expect(() => generate({ kind: 'alnum', length: 7 })).toThrow(expect.objectContaining({ code: 'GENERATOR_OPTIONS_INVALID' }));
    expect(() => generate({ kind: 'alnum', length: 129 })).toThrow(expect.objectContaining({ code: 'GENERATOR_OPTIONS_INVALID' }));
    expect(() => generate({ kind: 'alnum', lower: false, upper: false, digits: false, symbols: false })).toThrow(
      expect.objectContaining({ code: 'GENERATOR_OPTIONS_INVALID' }),
    );
    expect(() => generate({ kind: 'alnum', count: 0 })).toThrow(expect.objectContaining({ code: 'GENERATOR_OPTIONS_INVALID' }));
    expect(() => generate({ kind: 'alnum', count: 101 })).toThrow(expect.objectContaining({ code: 'GENERATOR_OPTIONS_INVALID' }));
  });
});

describe('pin', () => {
  it('defaults to 6 digits and accepts 4 to 12', () => {
    expect(generate({ kind: 'pin' }, seededRandom(1)).passwords[0]).toMatch(/^[0-9]{6}$/);
    expect(generate({ kind: 'pin', length: 4 }, seededRandom(1)).passwords[0]).toMatch(/^[0-9]{4}$/);
    expect(generate({ kind: 'pin', length: 12 }, seededRandom(1)).passwords[0]).toMatch(/^[0-9]{12}$/);
    expect(() => generate({ kind: 'pin', length: 3 })).toThrow(expect.objectContaining({ code: 'GENERATOR_OPTIONS_INVALID' }));
    expect(() => generate({ kind: 'pin', length: 13 })).toThrow(expect.objectContaining({ code: 'GENERATOR_OPTIONS_INVALID' }));
  });
});
