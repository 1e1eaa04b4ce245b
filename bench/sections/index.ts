import type { BenchSection } from '../section.ts';

/** Every benchmark section, in the order they appear in docs/benchmarks.md. Add yours here. */
export const SECTIONS: BenchSection[] = [];
