import { hashRaw } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { availableParallelism, totalmem } from 'node:os';
import { AppError } from '../errors/index.ts';
import { KDF_FLOOR, type KdfParams } from './kdf-params.ts';

/**
 * Per-parameter ceilings alone let a 1.4 KB file ask for 4 GiB × 64 passes: 132 s and 4 GB before
 * the password is even checked (L2). So the product is bounded too, by what THIS machine does in a
 * few seconds, and memory by what it has. The user can raise (or lift) the budget for a file they
 * trust: APPPASS_KDF_BUDGET_SECONDS=N (0 = no budget).
 */
export const KDF_BUDGET_ENV = 'APPPASS_KDF_BUDGET_SECONDS';
export const KDF_BUDGET_SECONDS_DEFAULT = 5;
/** At most this share of the machine's memory for one derivation. */
const MEMORY_SHARE = 0.5;
/** Below this cost (KiB × passes: 256 MiB × 4) no measurement is needed: it is cheap anywhere AppPass runs. */
const FREE_COST = 256 * 1024 * 4;

export interface KdfBudget {
  /** Seconds one derivation may take here; 0 = no budget. */
  seconds: number;
  /** KiB × passes per ms of one lane on this machine (measured once, lazily). */
  rate: () => Promise<number>;
  lanes: number;
  memoryBytes: number;
}

/** The budget from the environment: a non-negative number of seconds, else the default. */
export function budgetSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[KDF_BUDGET_ENV];
  if (raw === undefined || raw.trim() === '') return KDF_BUDGET_SECONDS_DEFAULT;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : KDF_BUDGET_SECONDS_DEFAULT;
}

let measured: Promise<number> | undefined;

/** Times one derivation at the floor (19 MiB, t=2, p=1: tens of ms) and returns KiB × passes per ms. */
function measureRate(): Promise<number> {
  measured ??= (async () => {
    const start = performance.now();
    const out = await hashRaw('kdf-budget', { algorithm: 2, version: 1, memoryCost: KDF_FLOOR.memoryKiB, timeCost: KDF_FLOOR.iterations, parallelism: 1, outputLen: 32, salt: randomBytes(16) });
    out.fill(0);
    return (KDF_FLOOR.memoryKiB * KDF_FLOOR.iterations) / Math.max(performance.now() - start, 1);
  })();
  return measured;
}

export function systemBudget(env: NodeJS.ProcessEnv = process.env): KdfBudget {
  return { seconds: budgetSeconds(env), rate: measureRate, lanes: availableParallelism(), memoryBytes: totalmem() };
}

function tooCostly(what: string, details: Record<string, string | number>): AppError {
  return new AppError(
    'KDF_PARAMS_OUT_OF_RANGE',
    `The file's key-derivation settings ${what}, before the password can even be checked. ` +
      `If you trust the file, allow it with ${KDF_BUDGET_ENV}=<seconds> (0 = no limit) and try again.`,
    { details: { reason: 'too-costly', ...details } },
  );
}

/** Throws KDF_PARAMS_OUT_OF_RANGE (reason too-costly) when `params` would take more memory or time than the budget allows. */
export async function checkKdfCost(params: KdfParams, budget: KdfBudget = systemBudget()): Promise<void> {
  if (budget.seconds === 0) return;
  const memoryBytes = params.memoryKiB * 1024;
  if (memoryBytes > budget.memoryBytes * MEMORY_SHARE) {
    throw tooCostly(`ask for ${Math.round(memoryBytes / 2 ** 20)} MiB of memory, more than half of this computer's`, { memoryKiB: params.memoryKiB });
  }
  const cost = params.memoryKiB * params.iterations;
  if (cost <= FREE_COST) return;
  const lanes = Math.max(1, Math.min(params.parallelism, budget.lanes));
  const seconds = cost / (await budget.rate()) / lanes / 1000;
  if (seconds > budget.seconds) {
    throw tooCostly(`would take about ${Math.round(seconds)} s on this computer (the limit is ${budget.seconds} s)`, { estimatedSeconds: Math.round(seconds), budgetSeconds: budget.seconds });
  }
}
