import { randomInt } from 'node:crypto';

/** Where the generator's randomness comes from. The product uses only `cryptoRandom`. */
export interface RandomSource {
  /** A uniformly distributed integer in [0, maxExclusive), without modulo bias. */
  randomInt(maxExclusive: number): number;
}

/** The operating system's CSPRNG through `crypto.randomInt` (rejection sampling, no modulo bias). */
export const cryptoRandom: RandomSource = {
  randomInt(maxExclusive: number): number {
    return randomInt(maxExclusive);
  },
};

/** Picks one element of a non-empty list uniformly. */
export function pick<T>(random: RandomSource, items: readonly T[]): T {
  return items[random.randomInt(items.length)] as T;
}
