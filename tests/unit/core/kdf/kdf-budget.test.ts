import { writeFileSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { budgetSeconds, checkKdfCost, KDF_BUDGET_ENV, systemBudget, type KdfBudget } from '../../../../electron/core/kdf/index.ts';
import { createVault, openVault } from '../../../../electron/core/vault/index.ts';
import { FAST_KDF, rewriteHeader, tempVault } from '../../../support/vault-helpers.ts';

/**
 * L2 (security review 2026-11): a 1.4 KB file at the per-parameter ceilings (4 GiB, t=64, p=16) cost
 * 132 s and 4.1 GB before the password was checked. Now the product is bounded by what this machine
 * does in 5 s (and memory by half of what it has), and the user can raise the budget.
 */
const CEILING = { memoryKiB: 4 * 1024 * 1024, iterations: 64, parallelism: 16 };
const budget = (over: Partial<KdfBudget> = {}): KdfBudget => ({ seconds: 5, rate: async () => 1000, lanes: 2, memoryBytes: 16 * 2 ** 30, ...over });
let t: ReturnType<typeof tempVault> | undefined;
afterEach(() => t?.cleanup());

describe('key-derivation cost budget (L2)', () => {
  it('refuses more time than the budget or more than half the memory, before deriving', async () => {
    await expect(checkKdfCost(CEILING, budget())).rejects.toMatchObject({ code: 'KDF_PARAMS_OUT_OF_RANGE', details: { reason: 'too-costly', budgetSeconds: 5 } });
    await expect(checkKdfCost({ memoryKiB: 4 * 1024 * 1024, iterations: 2, parallelism: 4 }, budget({ memoryBytes: 6 * 2 ** 30 }))).rejects.toMatchObject({ details: { reason: 'too-costly', memoryKiB: 4 * 1024 * 1024 } });
    // 1 GiB × 3 passes on 2 lanes at 1000 KiB·pass/ms: about 1.6 s.
    await expect(checkKdfCost({ memoryKiB: 1024 * 1024, iterations: 3, parallelism: 4 }, budget())).resolves.toBeUndefined();
  });

  it('the user can raise or lift the budget', async () => {
    expect(budgetSeconds({ [KDF_BUDGET_ENV]: '200' })).toBe(200);
    expect(budgetSeconds({ [KDF_BUDGET_ENV]: 'nonsense' })).toBe(5);
    expect(budgetSeconds({})).toBe(5);
    await expect(checkKdfCost(CEILING, budget({ seconds: 200 }))).resolves.toBeUndefined();
    await expect(checkKdfCost(CEILING, { ...systemBudget({ [KDF_BUDGET_ENV]: '0' }) })).resolves.toBeUndefined();
  });

  it('a vault file whose header asks for the ceilings is refused without deriving (this machine’s real budget)', async () => {
    t = tempVault();
    (await createVault(t.path, 'pw', { kdf: FAST_KDF })).lock();
    writeFileSync(t.path, rewriteHeader(readFileSync(t.path), (h) => {
      h['kdf'] = { ...(h['kdf'] as object), ...CEILING };
    }));
    await expect(openVault(t.path, 'pw')).rejects.toMatchObject({ code: 'KDF_PARAMS_OUT_OF_RANGE', details: { reason: 'too-costly' } });
  });
});
