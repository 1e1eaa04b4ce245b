import { describe, expect, it } from 'vitest';
import { generate, parsePattern, PLACEHOLDERS } from '../../../../electron/core/generator/index.ts';
import { AppError } from '../../../../electron/core/errors/index.ts';
import { seededRandom } from '../../../support/seeded-random.ts';

function one(pattern: string, seed = 1): string {
  return generate({ kind: 'pattern', pattern }, seededRandom(seed)).passwords[0] as string;
}

function errorOf(pattern: string): AppError {
  try {
    parsePattern(pattern);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`pattern ${JSON.stringify(pattern)} was accepted`);
}

describe('pattern: valid', () => {
  it('makes an Apple-style password from l{4}\\-l{4}\\-l{4}\\-l{4}', () => {
    for (let seed = 0; seed < 20; seed++) expect(one('l{4}\\-l{4}\\-l{4}\\-l{4}', seed)).toMatch(/^[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4}$/);
  });

  it('knows every KeePass placeholder the issue lists', () => {
    const cases: Record<string, RegExp> = {
      l: /^[a-z]$/, u: /^[A-Z]$/, L: /^[a-zA-Z]$/, U: /^[A-Z0-9]$/, d: /^[0-9]$/, h: /^[0-9a-f]$/, H: /^[0-9A-F]$/,
      a: /^[a-z0-9]$/, A: /^[a-zA-Z0-9]$/, s: /^[!-/:-@[-`{-~]$/, S: /^[!-~]$/, x: /^[\u00a1-\u00ac\u00ae-\u00ff]$/,
      v: /^[aeiou]$/, V: /^[aeiouAEIOU]$/, Z: /^[AEIOU]$/, c: /^[b-df-hj-np-tv-z]$/, C: /^[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z]$/,
      z: /^[B-DF-HJ-NP-TV-Z]$/, b: /^[()[\]{}<>]$/,
    };
    for (const [ph, re] of Object.entries(cases)) {
      const out = generate({ kind: 'pattern', pattern: `${ph}{200}` }, seededRandom(5)).passwords[0] as string;
      for (const ch of out) expect(ch).toMatch(re);
      expect(new Set(out).size).toBe(Math.min(PLACEHOLDERS[ph]?.chars.length ?? 0, new Set(out).size));
    }
    expect(PLACEHOLDERS['S']?.chars).toHaveLength(94);
    expect(PLACEHOLDERS['s']?.chars).toHaveLength(32);
    expect(PLACEHOLDERS['x']?.chars).toHaveLength(94);
  });

  it('escapes: \\ makes the next character literal, even a placeholder or bracket', () => {
    expect(one('\\l\\{\\}\\[\\]\\\\')).toBe('l{}[]\\');
    expect(one('\\d{3}')).toBe('ddd');
    expect(one('pp-')).toMatch(/^[,.;:]{2}-$/);
  });

  it('custom sets: placeholders, literals, escapes and ^ exclusions', () => {
    for (const ch of one('[\\x\\y\\z]{300}')) expect('xyz').toContain(ch);
    for (const ch of one('[d_]{300}')) expect('0123456789_').toContain(ch);
    // after ^ the same rules apply: letters are placeholders, so escape literal ones
    const noAmbiguous = one('[A^\\l\\I1\\O0]{500}');
    for (const ch of noAmbiguous) expect(ch).toMatch(/^[a-zA-Z0-9]$/);
    for (const c of 'lI1O0') expect(noAmbiguous.includes(c)).toBe(false);
    expect(parsePattern('[dd]')).toEqual([[...'0123456789']]);
  });

  it('repeats: {n} repeats the previous placeholder, literal or set', () => {
    expect(one('d{10}')).toMatch(/^[0-9]{10}$/);
    expect(one('\\-{3}u')).toMatch(/^---[A-Z]$/);
    expect(parsePattern('[\\a\\b]{4}')).toHaveLength(4);
    expect(parsePattern('d{1}')).toHaveLength(1);
  });
});

describe('pattern: invalid, with the position', () => {
  const cases: [string, number, RegExp][] = [
    ['', 0, /empty/],
    ['ll[abc', 2, /never closed/],
    ['ddd\\', 3, /nothing|no character to escape/],
    ['{4}', 0, /must follow/],
    ['d{x}', 2, /number/],
    ['d{4', 1, /end with "}"|followed by a number/],
    ['d{}', 1, /needs a number/],
    ['d{0}', 1, /1 to 1024/],
    ['d{2000}', 1, /1 to 1024/],
    ['d{2}{3}', 4, /must follow/],
    ['llq', 2, /"q" is not a placeholder/],
    ['l]', 1, /no matching opening/],
    ['l}', 1, /no matching opening/],
    ['[]', 0, /no characters/],
    ['[d^d]', 0, /no characters/],
    ['[a[b]]', 2, /nested/],
    ['S{1000}S{25}', 8, /more than 1024/],
  ];
  for (const [pattern, position, words] of cases) {
    it(`${JSON.stringify(pattern)} → position ${position}`, () => {
      const error = errorOf(pattern);
      expect(error.code).toBe('PATTERN_INVALID');
      expect(error.details?.['position']).toBe(position);
      expect(error.message).toMatch(words);
      expect(error.message).toContain(`position ${position + 1}`);
    });
  }

  it('generate() passes the error on', () => {
    expect(() => generate({ kind: 'pattern', pattern: 'l{' })).toThrow(expect.objectContaining({ code: 'PATTERN_INVALID' }));
  });
});
