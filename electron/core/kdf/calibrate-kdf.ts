import { randomBytes } from 'node:crypto';
import { deriveKey } from './derive-key.ts';
import { KDF_LIMITS, KDF_RECOMMENDED_MIN, type KdfParams } from './kdf-params.ts';

export interface CalibrateOptions {
  /** Target time of one derivation, in ms (default 500). */
  targetMs?: number;
  /** Clock in ms, injectable for tests (default performance.now). */
  nowMs?: () => number;
  /** Derivation to time (default the real Argon2id). */
  derive?: (params: KdfParams) => Promise<unknown>;
}

/**
 * Picks Argon2id parameters for a new vault on this machine: starts at 256 MiB, t=3, p=4, then
 * raises iterations (and memory, up to 1 GiB) while one derivation stays under the target, or lowers
 * memory when it is far over — never below RFC 9106's second recommendation (64 MiB, t=3, p=4).
 */
export async function calibrateKdf(options: CalibrateOptions = {}): Promise<KdfParams> {
  const target = options.targetMs ?? 500;
  const now = options.nowMs ?? (() => performance.now());
  const salt = randomBytes(16);
  const derive =
    options.derive ??
    (async (params: KdfParams) => {
      const key = await deriveKey('calibration', salt, params);
      key.fill(0);
    });
  const time = async (params: KdfParams): Promise<number> => {
    const start = now();
    await derive(params);
    return now() - start;
  };
  const floor = KDF_RECOMMENDED_MIN;
  let params: KdfParams = { memoryKiB: 256 * 1024, iterations: 3, parallelism: 4 };
  let ms = await time(params);
  // Too slow: halve memory down to the floor.
  while (ms > target * 1.5 && params.memoryKiB > floor.memoryKiB) {
    params = { ...params, memoryKiB: Math.max(floor.memoryKiB, params.memoryKiB / 2) };
    ms = await time(params);
  }
  // Fast enough to spend more: double memory up to 1 GiB, then add iterations.
  for (let step = 0; step < 8 && ms > 0 && ms * 2 <= target; step++) {
    params =
      params.memoryKiB < 1024 * 1024
        ? { ...params, memoryKiB: params.memoryKiB * 2 }
        : { ...params, iterations: Math.min(KDF_LIMITS.iterations.max, params.iterations * 2) };
    ms = await time(params);
  }
  return params;
}
