import { AppError } from '../errors/index.ts';

/** Argon2id cost parameters as stored in a vault header. */
export interface KdfParams {
  /** Memory in KiB (1 MiB = 1024 KiB). */
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/**
 * Floors (a file asking for less is refused as a downgrade) and ceilings (a file asking for more is
 * refused before any memory is taken). The floor is OWASP's Argon2id minimum (19 MiB, t=2, p=1).
 */
export const KDF_LIMITS = {
  memoryKiB: { min: 19 * 1024, max: 4 * 1024 * 1024 },
  iterations: { min: 2, max: 64 },
  parallelism: { min: 1, max: 16 },
} as const;

/** RFC 9106's second recommended option: the least a new vault is ever given by calibration. */
export const KDF_RECOMMENDED_MIN: KdfParams = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 4 };

/** The cheapest parameters a vault may use (tests use these to stay fast). */
export const KDF_FLOOR: KdfParams = {
  memoryKiB: KDF_LIMITS.memoryKiB.min,
  iterations: KDF_LIMITS.iterations.min,
  parallelism: KDF_LIMITS.parallelism.min,
};

function inRange(value: unknown, range: { min: number; max: number }): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max;
}

/** Throws KDF_PARAMS_OUT_OF_RANGE unless every parameter is a whole number within its floor and ceiling. */
export function checkKdfParams(params: KdfParams): KdfParams {
  for (const name of ['memoryKiB', 'iterations', 'parallelism'] as const) {
    const range = KDF_LIMITS[name];
    if (!inRange(params[name], range)) {
      throw new AppError(
        'KDF_PARAMS_OUT_OF_RANGE',
        `The key-derivation setting ${name} is ${String(params[name])}, outside the allowed ${range.min}–${range.max}. ` +
          'The file may have been tampered with or made by an unsafe tool; restore a backup or choose settings in range.',
        { details: { parameter: name, min: range.min, max: range.max } },
      );
    }
  }
  return { memoryKiB: params.memoryKiB, iterations: params.iterations, parallelism: params.parallelism };
}

/** True when `next` is at least as costly as `current` in every parameter. */
export function isNotWeaker(next: KdfParams, current: KdfParams): boolean {
  return next.memoryKiB >= current.memoryKiB && next.iterations >= current.iterations && next.parallelism >= current.parallelism;
}

/** The stronger of the two in each parameter (re-saving never lowers the cost). */
export function strongerOf(a: KdfParams, b: KdfParams): KdfParams {
  return {
    memoryKiB: Math.max(a.memoryKiB, b.memoryKiB),
    iterations: Math.max(a.iterations, b.iterations),
    parallelism: Math.max(a.parallelism, b.parallelism),
  };
}
