import type PapaNs from 'papaparse';

type Papa = typeof PapaNs;

/** papaparse, loaded on first use so it stays out of the CLI's start-up (either module shape). */
export async function loadPapa(): Promise<Papa> {
  const mod = (await import('papaparse')) as { default?: Papa };
  return mod.default ?? (mod as unknown as Papa);
}
