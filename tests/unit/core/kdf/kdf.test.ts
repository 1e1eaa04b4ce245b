import { describe, expect, it } from 'vitest';
import { calibrateKdf, checkKdfParams, deriveKey, KDF_FLOOR, isNotWeaker, strongerOf } from '../../../../electron/core/kdf/index.ts';
import { isAppError } from '../../../../electron/core/errors/index.ts';

const SALT = Buffer.from('0123456789abcdef', 'utf8');
const PASSWORD = 'correct horse battery staple';

function codeOf(fn: () => unknown): string {
  try {
    fn();
    return 'OK';
  } catch (error) {
    return isAppError(error) ? error.code : 'UNTYPED';
  }
}

describe('Argon2id known answers', () => {
  // hashRaw has no associated-data input, so RFC 9106 §5.3's vector (secret + AD) cannot be run.
  // These come from Debian's reference CLI (argon2 20190702, the RFC authors' implementation):
  //   echo -n 'correct horse battery staple' | argon2 0123456789abcdef -id -m 16 -t 3 -p 4 -l 32 -r
  it('64 MiB, t=3, p=4 matches the reference CLI', async () => {
    const key = await deriveKey(PASSWORD, SALT, { memoryKiB: 65536, iterations: 3, parallelism: 4 });
    expect(key.toString('hex')).toBe('efb51f9a76584f6dd6a4f7942a1a2f6ae5a6e4ec5142ff674dfd5d27eb45e446');
  });

  it('the floor (19 MiB, t=2, p=1) matches the reference CLI', async () => {
    const key = await deriveKey(PASSWORD, SALT, KDF_FLOOR);
    expect(key.toString('hex')).toBe('832e52b959b967b570ee4781f6c7bda7ced019ca266ac781fd2d94d4e853b0cd');
  });

  it('bytes and string passwords give the same key; the salt matters', async () => {
    const a = await deriveKey(Buffer.from(PASSWORD, 'utf8'), SALT, KDF_FLOOR);
    const b = await deriveKey(PASSWORD, Buffer.from('0123456789abcdeX'), KDF_FLOOR);
    expect(a.toString('hex')).toBe('832e52b959b967b570ee4781f6c7bda7ced019ca266ac781fd2d94d4e853b0cd');
    expect(b.equals(a)).toBe(false);
  });
});

describe('KDF parameter limits', () => {
  it.each([
    [{ memoryKiB: 19 * 1024 - 1, iterations: 2, parallelism: 1 }],
    [{ memoryKiB: 19 * 1024, iterations: 1, parallelism: 1 }],
    [{ memoryKiB: 19 * 1024, iterations: 2, parallelism: 0 }],
    [{ memoryKiB: 4 * 1024 * 1024 + 1, iterations: 3, parallelism: 4 }],
    [{ memoryKiB: 65536, iterations: 65, parallelism: 4 }],
    [{ memoryKiB: 65536, iterations: 3, parallelism: 17 }],
    [{ memoryKiB: 65536.5, iterations: 3, parallelism: 4 }],
  ])('refuses %j with KDF_PARAMS_OUT_OF_RANGE before any memory is taken', async (params) => {
    expect(codeOf(() => checkKdfParams(params))).toBe('KDF_PARAMS_OUT_OF_RANGE');
    // A 4 GiB+ request must fail fast (no allocation): deriveKey rejects before calling Argon2.
    await expect(deriveKey('x', SALT, params)).rejects.toMatchObject({ code: 'KDF_PARAMS_OUT_OF_RANGE' });
  });

  it('accepts the floor and the ceilings', () => {
    expect(codeOf(() => checkKdfParams(KDF_FLOOR))).toBe('OK');
    expect(codeOf(() => checkKdfParams({ memoryKiB: 4 * 1024 * 1024, iterations: 64, parallelism: 16 }))).toBe('OK');
  });

  it('strongerOf never lowers a parameter', () => {
    const a = { memoryKiB: 65536, iterations: 2, parallelism: 4 };
    const b = { memoryKiB: 32768, iterations: 5, parallelism: 1 };
    expect(strongerOf(a, b)).toEqual({ memoryKiB: 65536, iterations: 5, parallelism: 4 });
    expect(isNotWeaker(strongerOf(a, b), a) && isNotWeaker(strongerOf(a, b), b)).toBe(true);
    expect(isNotWeaker(b, a)).toBe(false);
  });
});

describe('calibrateKdf', () => {
  it('starts at 256 MiB and never goes below 64 MiB, t=3, p=4 on a slow machine', async () => {
    const seen: number[] = [];
    let clock = 0;
    const params = await calibrateKdf({
      nowMs: () => clock,
      derive: async (p) => {
        seen.push(p.memoryKiB);
        clock += p.memoryKiB / 10; // 256 MiB → ~26 s: far too slow
      },
    });
    expect(seen[0]).toBe(256 * 1024);
    expect(params).toEqual({ memoryKiB: 64 * 1024, iterations: 3, parallelism: 4 });
  });

  it('spends more on a fast machine, aiming at the target', async () => {
    let clock = 0;
    const params = await calibrateKdf({
      targetMs: 500,
      nowMs: () => clock,
      derive: async (p) => {
        clock += (p.memoryKiB / 1024) * p.iterations * 0.1; // 256 MiB, t=3 → 77 ms
      },
    });
    expect(params.memoryKiB).toBeGreaterThan(256 * 1024);
    const ms = (params.memoryKiB / 1024) * params.iterations * 0.1;
    expect(ms).toBeLessThanOrEqual(500 * 1.5);
    expect(ms).toBeGreaterThanOrEqual(250);
  });
});
