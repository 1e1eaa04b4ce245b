import { AppError } from '../errors/index.ts';
import type { GenerateResult, GeneratorOptions } from '../../contract/calls/generator.ts';
import { GENERATOR_LIMITS } from '../../contract/limits.ts';
import { cryptoRandom, type RandomSource } from './random-source.ts';
import { alnumEntropy, generateAlnum, type AlnumSettings } from './alnum.ts';
import { generateFromPattern, parsePattern, patternEntropy } from './pattern.ts';
import { generatePassphrase, passphraseEntropy, type PassphraseSettings } from './passphrase.ts';
import { generatePin, pinEntropy } from './pin.ts';
import { strengthFromEntropy } from './strength-from-entropy.ts';

function optionsError(message: string, field: string): AppError {
  return new AppError('GENERATOR_OPTIONS_INVALID', message, { details: { field } });
}

function intInRange(value: number | undefined, fallback: number, min: number, max: number, what: string, field: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) throw optionsError(`The ${what} must be a whole number from ${min} to ${max}.`, field);
  return n;
}

/** One password maker and the entropy of its output, from validated settings. */
interface Plan {
  make(random: RandomSource): string;
  entropyBits: number;
}

function plan(options: GeneratorOptions): Plan {
  switch (options.kind) {
    case 'pin': {
      const { min, max, default: def } = GENERATOR_LIMITS.pin;
      const length = intInRange(options.length, def, min, max, 'PIN length', 'length');
      return { make: (r) => generatePin(length, r), entropyBits: pinEntropy(length) };
    }
    case 'alnum': {
      const { min, max, default: def } = GENERATOR_LIMITS.alnum;
      const settings: AlnumSettings = {
        length: intInRange(options.length, def, min, max, 'password length', 'length'),
        lower: options.lower ?? true,
        upper: options.upper ?? true,
        digits: options.digits ?? true,
        symbols: options.symbols ?? true,
        excludeLookalikes: options.excludeLookalikes ?? false,
      };
      if (!settings.lower && !settings.upper && !settings.digits && !settings.symbols) {
        throw optionsError('Choose at least one kind of character: lower-case, upper-case, digits or symbols.', 'classes');
      }
      return { make: (r) => generateAlnum(settings, r), entropyBits: alnumEntropy(settings) };
    }
    case 'pattern': {
      const parsed = parsePattern(options.pattern);
      return { make: (r) => generateFromPattern(parsed, r), entropyBits: patternEntropy(parsed) };
    }
    case 'passphrase': {
      const { min, max, default: def } = GENERATOR_LIMITS.passphrase;
      const settings: PassphraseSettings = {
        words: intInRange(options.words, def, min, max, 'number of words', 'words'),
        separator: options.separator ?? '-',
        capitalize: options.capitalize ?? false,
      };
      if ([...settings.separator].length > GENERATOR_LIMITS.separatorMax) {
        throw optionsError(`The separator may be at most ${GENERATOR_LIMITS.separatorMax} characters.`, 'separator');
      }
      return { make: (r) => generatePassphrase(settings, r), entropyBits: passphraseEntropy(settings) };
    }
  }
}

/**
 * Generates `options.count` (default 1) passwords. Bad settings throw GENERATOR_OPTIONS_INVALID
 * or PATTERN_INVALID. `random` is for tests only; the product always uses the CSPRNG.
 */
export function generate(options: GeneratorOptions, random: RandomSource = cryptoRandom): GenerateResult {
  const { min, max, default: def } = GENERATOR_LIMITS.count;
  const count = intInRange(options.count, def, min, max, 'count', 'count');
  const p = plan(options);
  const passwords: string[] = [];
  for (let i = 0; i < count; i++) passwords.push(p.make(random));
  return { passwords, entropyBits: p.entropyBits, strength: strengthFromEntropy(p.entropyBits) };
}
