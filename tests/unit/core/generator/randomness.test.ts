import { describe, expect, it } from 'vitest';
import { cryptoRandom, generate, SYMBOLS, type RandomSource } from '../../../../electron/core/generator/index.ts';
import { chiSquare, chiSquareCritical001, seededRandom } from '../../../support/seeded-random.ts';

const PRINTABLE = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', ...SYMBOLS];

function symbolCounts(passwords: readonly string[], alphabet: readonly string[]): number[] {
  const index = new Map(alphabet.map((c, i) => [c, i]));
  const counts: number[] = alphabet.map(() => 0);
  for (const pw of passwords) {
    for (const ch of pw) {
      const i = index.get(ch);
      if (i === undefined) throw new Error('character outside the alphabet');
      counts[i] = (counts[i] as number) + 1;
    }
  }
  return counts;
}

describe('uniformity (seeded, deterministic)', () => {
  it('passes chi-square over 100,000 pattern characters from all 94 printable characters', () => {
    const { passwords } = generate({ kind: 'pattern', pattern: 'S{1000}', count: 100 }, seededRandom(20261124));
    const counts = symbolCounts(passwords, PRINTABLE);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(100_000);
    expect(chiSquare(counts)).toBeLessThan(chiSquareCritical001(PRINTABLE.length - 1));
  });

  it('passes chi-square over 120,000 alphanumeric characters (length 120, all classes)', () => {
    const all: string[] = [];
    for (let i = 0; i < 10; i++) all.push(...generate({ kind: 'alnum', length: 120, count: 100 }, seededRandom(100 + i)).passwords);
    const counts = symbolCounts(all, PRINTABLE);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(120_000);
    expect(chiSquare(counts)).toBeLessThan(chiSquareCritical001(PRINTABLE.length - 1));
  });

  it('passes chi-square over 100,000 PIN digits', () => {
    const more: string[] = [];
    for (let i = 0; i < 100; i++) more.push(...generate({ kind: 'pin', length: 10, count: 100 }, seededRandom(1000 + i)).passwords);
    const counts = symbolCounts(more, [...'0123456789']);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(100_000);
    expect(chiSquare(counts)).toBeLessThan(chiSquareCritical001(9));
  });

  it('the test can fail: a modulo-biased source is caught', () => {
    const seeded = seededRandom(3);
    // The classic bug: one random byte taken modulo the range (94 does not divide 256).
    const biased: RandomSource = { randomInt: (max) => (seeded.nextUint32() & 0xff) % max };
    const { passwords } = generate({ kind: 'pattern', pattern: 'S{1000}', count: 100 }, biased);
    expect(chiSquare(symbolCounts(passwords, PRINTABLE))).toBeGreaterThan(chiSquareCritical001(PRINTABLE.length - 1));
  });
});

describe('the real CSPRNG', () => {
  it('stays in range', () => {
    for (const max of [1, 2, 10, 94, 7776]) {
      for (let i = 0; i < 200; i++) {
        const n = cryptoRandom.randomInt(max);
        expect(Number.isInteger(n) && n >= 0 && n < max).toBe(true);
      }
    }
  });

  it('produces every one of the 94 symbols in 25,600 characters (a miss has odds below 1e-100)', () => {
    const { passwords } = generate({ kind: 'alnum', length: 128, count: 100 });
    const more = generate({ kind: 'alnum', length: 128, count: 100 }).passwords;
    const counts = symbolCounts([...passwords, ...more], PRINTABLE);
    expect(counts.every((n) => n > 0)).toBe(true);
  });

  it('does not repeat itself', () => {
    const { passwords } = generate({ kind: 'alnum', count: 100 });
    expect(new Set(passwords).size).toBe(100);
  });
});
