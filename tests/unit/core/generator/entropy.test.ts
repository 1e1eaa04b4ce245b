import { describe, expect, it } from 'vitest';
import { countWithEveryClass, generate, log2BigInt } from '../../../../electron/core/generator/index.ts';

/** Counts by enumeration: strings over classes (sizes) of `length` that use every class. */
function bruteForce(classSizes: readonly number[], length: number): number {
  const classOf: number[] = classSizes.flatMap((size, cls) => Array.from({ length: size }, () => cls));
  let count = 0;
  const total = classOf.length ** length;
  for (let n = 0; n < total; n++) {
    const seen = new Set<number>();
    let x = n;
    for (let i = 0; i < length; i++) {
      seen.add(classOf[x % classOf.length] as number);
      x = Math.floor(x / classOf.length);
    }
    if (seen.size === classSizes.length) count++;
  }
  return count;
}

describe('exact entropy', () => {
  it('inclusion–exclusion matches enumeration on small alphabets', () => {
    for (const [sizes, len] of [
      [[2, 3], 4],
      [[1, 2, 3], 5],
      [[3, 1, 1, 2], 5],
      [[4], 3],
    ] as const) {
      expect(countWithEveryClass(sizes, len)).toBe(BigInt(bruteForce(sizes, len)));
    }
  });

  it('PIN: length × log2(10)', () => {
    expect(generate({ kind: 'pin' }).entropyBits).toBeCloseTo(19.931568569324174, 12);
    expect(generate({ kind: 'pin', length: 4 }).entropyBits).toBeCloseTo(13.287712379549449, 12);
  });

  it('passphrase: words × log2(7776)', () => {
    expect(generate({ kind: 'passphrase' }).entropyBits).toBeCloseTo(77.5488750216347, 10);
    expect(generate({ kind: 'passphrase', words: 3, capitalize: true }).entropyBits).toBeCloseTo(38.77443751081734, 10);
  });

  it('alnum: lower + digits, length 8 = log2(36^8 − 26^8 − 10^8)', () => {
    const expected = Math.log2(36 ** 8 - 26 ** 8 - 10 ** 8); // 2,612,182,842,880 outputs, exact in a double
    expect(generate({ kind: 'alnum', length: 8, upper: false, symbols: false }).entropyBits).toBeCloseTo(expected, 10);
    expect(expected).toBeCloseTo(41.248393, 5);
  });

  it('alnum: one class is plain length × log2(size)', () => {
    expect(generate({ kind: 'alnum', length: 10, lower: false, upper: false, symbols: false }).entropyBits).toBeCloseTo(10 * Math.log2(10), 10);
  });

  it('alnum default (20 of 94, all four classes) is a little under 20 × log2(94)', () => {
    const bits = generate({ kind: 'alnum' }).entropyBits;
    const count = countWithEveryClass([26, 26, 10, 32], 20);
    expect(bits).toBeCloseTo(log2BigInt(count), 12);
    expect(bits).toBeLessThan(20 * Math.log2(94));
    expect(bits).toBeCloseTo(130.925867, 5); // figure computed independently in Python
  });

  it('alnum without look-alikes uses the smaller classes (25, 22, 6, 31)', () => {
    const bits = generate({ kind: 'alnum', length: 16, excludeLookalikes: true }).entropyBits;
    expect(bits).toBeCloseTo(log2BigInt(countWithEveryClass([25, 22, 6, 31], 16)), 12);
  });

  it('pattern: the sum of log2 of each position\'s set size', () => {
    expect(generate({ kind: 'pattern', pattern: 'l{4}\\-l{4}\\-l{4}\\-l{4}' }).entropyBits).toBeCloseTo(16 * Math.log2(26), 10);
    expect(generate({ kind: 'pattern', pattern: 'dHv' }).entropyBits).toBeCloseTo(Math.log2(10 * 16 * 5), 10);
    expect(generate({ kind: 'pattern', pattern: '[\\a\\b]{3}' }).entropyBits).toBeCloseTo(3, 12);
    // a = lower-case or digit (36), b = bracket (8), c = lower-case consonant (21), \d = a literal "d"
    expect(generate({ kind: 'pattern', pattern: 'abc\\d' }).entropyBits).toBeCloseTo(Math.log2(36 * 8 * 21), 10);
  });

  it('log2 of huge counts is accurate', () => {
    expect(log2BigInt(1n << 200n)).toBe(200);
    expect(log2BigInt(94n ** 128n)).toBeCloseTo(128 * Math.log2(94), 9);
  });
});
