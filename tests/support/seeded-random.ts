import type { RandomSource } from '../../electron/core/generator/index.ts';

/**
 * TEST ONLY: a deterministic RandomSource (sfc32 PRNG) so statistical tests give the same result
 * on every run. Unbiased: rejection sampling over 32-bit outputs, like crypto.randomInt.
 */
export function seededRandom(seed: number): RandomSource & { nextUint32(): number } {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 15; i++) next();
  return {
    nextUint32: next,
    randomInt(maxExclusive: number): number {
      if (!Number.isInteger(maxExclusive) || maxExclusive < 1 || maxExclusive > 2 ** 32) throw new RangeError('bad range');
      const limit = Math.floor(2 ** 32 / maxExclusive) * maxExclusive;
      for (;;) {
        const x = next();
        if (x < limit) return x % maxExclusive;
      }
    },
  };
}

/** Pearson's chi-square statistic of observed counts against a uniform expectation. */
export function chiSquare(counts: readonly number[]): number {
  const total = counts.reduce((s, n) => s + n, 0);
  const expected = total / counts.length;
  return counts.reduce((s, n) => s + (n - expected) ** 2 / expected, 0);
}

/** Upper critical value of chi-square with `df` degrees of freedom at p = 0.001 (Wilson–Hilferty). */
export function chiSquareCritical001(df: number): number {
  const z = 3.090232306167813; // standard normal quantile for 0.999
  return df * (1 - 2 / (9 * df) + z * Math.sqrt(2 / (9 * df))) ** 3;
}
