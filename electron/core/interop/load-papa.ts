import type PapaNs from 'papaparse';
import { loadModule } from '../platform/load-module.ts';

type Papa = typeof PapaNs;

/** papaparse, loaded on first use so it stays out of the CLI's start-up (any module shape: loadModule). */
export function loadPapa(): Promise<Papa> {
  return loadModule<Papa>('papaparse', 'parse', () => import('papaparse'));
}
