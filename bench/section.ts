/** One part of `npm run bench`: runs its measurements and returns Markdown for docs/benchmarks.md. */
export interface BenchSection {
  title: string;
  run(): Promise<string>;
}

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Times `fn` `runs` times after `warmup` untimed runs; returns the milliseconds of each run.
 * `beforeEach` runs before every timed run, outside the timing (e.g. `settleHeap`).
 */
export async function timeRuns(fn: () => Promise<unknown> | unknown, runs: number, warmup = 1, beforeEach?: () => void): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    beforeEach?.();
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

export function fmtMs(ms: number): string {
  return ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 1 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(3)} ms`;
}

/**
 * A full garbage collection (needs `node --expose-gc`, which `npm run bench` passes), so a timed run
 * does not also pay for collecting the garbage of the runs before it. False when gc is not exposed.
 */
export function settleHeap(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  return gc !== undefined;
}
