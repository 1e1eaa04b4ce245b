import { fmtMs, median, timeRuns, type BenchSection } from '../section.ts';
import { generate } from '../../electron/core/generator/index.ts';
import type { GeneratorOptions } from '../../electron/contract/calls/generator.ts';

/** Generation through the real CSPRNG, and the zxcvbn strength meter (first call loads dictionaries). */
export const generatorSection: BenchSection = {
  title: 'Password generator and strength',
  async run() {
    const rows: string[] = ['| what | median per call |', '|---|---|'];
    const cases: [string, GeneratorOptions][] = [
      ['alnum, 20 characters, all classes', { kind: 'alnum' }],
      ['alnum, 8 characters, all classes (most redraws)', { kind: 'alnum', length: 8 }],
      ['alnum, 128 characters', { kind: 'alnum', length: 128 }],
      ['pattern `l{4}\\-l{4}\\-l{4}\\-l{4}` (parse + generate)', { kind: 'pattern', pattern: 'l{4}\\-l{4}\\-l{4}\\-l{4}' }],
      ['passphrase, 6 words', { kind: 'passphrase' }],
      ['PIN, 6 digits', { kind: 'pin' }],
    ];
    for (const [label, options] of cases) {
      const times = await timeRuns(() => generate({ ...options, count: 100 }), 20, 3);
      rows.push(`| ${label} | ${fmtMs(median(times) / 100)} |`);
    }
    const start = process.hrtime.bigint();
    const { estimateStrength } = await import('../../electron/core/strength/index.ts');
    await estimateStrength('first call loads the dictionaries');
    const firstMs = Number(process.hrtime.bigint() - start) / 1e6;
    const strength = await timeRuns(() => estimateStrength('correct horse battery staple 1987'), 50, 3);
    const long = await timeRuns(() => estimateStrength('Xq7#pL9!vR2@mK4$'.repeat(8)), 20, 1);
    rows.push(`| strength: first call (imports and builds the zxcvbn dictionaries) | ${fmtMs(firstMs)} |`);
    rows.push(`| strength: a 33-character passphrase, later calls | ${fmtMs(median(strength))} |`);
    rows.push(`| strength: a 128-character random password (the cut-off) | ${fmtMs(median(long))} |`);
    return rows.join('\n');
  },
};
