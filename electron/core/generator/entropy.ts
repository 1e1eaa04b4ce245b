/**
 * Exact entropy figures: log2 of the number of equally likely outputs. Counts can be huge
 * (94^128), so they are BigInts and log2 is taken from the top 53 bits.
 */

/** log2 of a positive BigInt, accurate to double precision. */
export function log2BigInt(n: bigint): number {
  if (n <= 0n) throw new RangeError('log2 of a non-positive number');
  const bits = n.toString(2).length;
  if (bits <= 53) return Math.log2(Number(n));
  const shift = bits - 53;
  return Math.log2(Number(n >> BigInt(shift))) + shift;
}

/**
 * How many strings of `length` characters drawn from the union of disjoint `classSizes` contain
 * at least one character of every class (inclusion–exclusion over the subsets of missing classes).
 */
export function countWithEveryClass(classSizes: readonly number[], length: number): bigint {
  const k = classSizes.length;
  const total = classSizes.reduce((a, b) => a + b, 0);
  const len = BigInt(length);
  let count = 0n;
  for (let mask = 0; mask < 1 << k; mask++) {
    let missing = 0;
    let bitsSet = 0;
    for (let i = 0; i < k; i++) {
      if (mask & (1 << i)) {
        missing += classSizes[i] as number;
        bitsSet++;
      }
    }
    const term = BigInt(total - missing) ** len;
    count += bitsSet % 2 === 0 ? term : -term;
  }
  return count;
}

/** Entropy of an alphanumeric password that must contain every chosen class at least once. */
export function alnumEntropyBits(classSizes: readonly number[], length: number): number {
  return log2BigInt(countWithEveryClass(classSizes, length));
}

/** Entropy of independent choices from sets of the given sizes (a pattern, a PIN). */
export function productEntropyBits(setSizes: readonly number[]): number {
  return setSizes.reduce((bits, size) => bits + Math.log2(size), 0);
}
