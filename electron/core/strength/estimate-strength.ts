import type { StrengthResult } from '../../contract/calls/generator.ts';
import { loadModule } from '../platform/load-module.ts';

/** zxcvbn looks at no more than this many characters; longer input is cut for speed. */
export const STRENGTH_MAX_LENGTH = 128;

/**
 * zxcvbn-ts tries up to 100 l33t substitutions by default, which made one 33-character check take
 * ~115 ms here; 10 gave the same scores on our samples in ~22 ms (docs/benchmarks.md).
 */
const L33T_MAX_SUBSTITUTIONS = 10;

interface Checker {
  check(password: string): { score: 0 | 1 | 2 | 3 | 4; guessesLog10: number; feedback: { warning: string | null; suggestions: string[] } };
}

let checker: Promise<Checker> | undefined;

/** Builds the zxcvbn checker with the common and English dictionaries, once, on first use. */
function loadChecker(): Promise<Checker> {
  checker ??= (async () => {
    // Loaded on first use, in whichever shape the bundle hands over (loadModule).
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      loadModule<typeof import('@zxcvbn-ts/core')>('@zxcvbn-ts/core', 'ZxcvbnFactory', () => import('@zxcvbn-ts/core')),
      loadModule<typeof import('@zxcvbn-ts/language-common')>('@zxcvbn-ts/language-common', 'dictionary', () => import('@zxcvbn-ts/language-common')),
      loadModule<typeof import('@zxcvbn-ts/language-en')>('@zxcvbn-ts/language-en', 'translations', () => import('@zxcvbn-ts/language-en')),
    ]);
    return new ZxcvbnFactory({
      translations: en.translations,
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...en.dictionary },
      maxLength: STRENGTH_MAX_LENGTH,
      l33tMaxSubstitutions: L33T_MAX_SUBSTITUTIONS,
    });
  })();
  return checker;
}

/**
 * zxcvbn's estimate for a master or custom password. The password is a secret: it is never
 * logged, stored or put in an error, and is not kept after the call.
 */
export async function estimateStrength(password: string): Promise<StrengthResult> {
  const zxcvbn = await loadChecker();
  const result = zxcvbn.check(password.slice(0, STRENGTH_MAX_LENGTH));
  return {
    score: result.score,
    guessesLog10: result.guessesLog10,
    feedback: { warning: result.feedback.warning || null, suggestions: [...result.feedback.suggestions] },
  };
}
