import { AppError, isAppError } from '../../core/errors/index.ts';
import { GENERATOR_KINDS, type GeneratorKind, type GeneratorOptions } from '../../contract/calls/generator.ts';
import { GENERATOR_LIMITS } from '../../contract/limits.ts';
import type { Command, OptionValues } from '../command.ts';

const USAGE =
  'apppass generate [--kind pin|alnum|pattern|passphrase] [--length N] [--no-upper] [--no-lower] [--no-digits] ' +
  '[--no-symbols] [--no-lookalikes] [--pattern P] [--words N] [--separator S] [--capitalize] [--count N] [--json]';

const { pin, alnum, passphrase, count, separatorMax, patternMax } = GENERATOR_LIMITS;
const HELP = [
  `  --length N     pin: ${pin.min}–${pin.max} digits (default ${pin.default}); alnum: ${alnum.min}–${alnum.max} characters (default ${alnum.default})`,
  `  --words N      passphrase: ${passphrase.min}–${passphrase.max} words (default ${passphrase.default}); --separator: at most ${separatorMax} characters`,
  `  --pattern P    at most ${patternMax} characters, and at most ${patternMax} generated`,
  `  --count N      ${count.min}–${count.max} (default ${count.default})`,
].join('\n');

/** Which options belong to which kind; any other combination is a usage error. */
const KIND_OPTIONS: Record<GeneratorKind, readonly string[]> = {
  pin: ['length'],
  alnum: ['length', 'no-upper', 'no-lower', 'no-digits', 'no-symbols', 'no-lookalikes'],
  pattern: ['pattern'],
  passphrase: ['words', 'separator', 'capitalize'],
};
const KIND_SPECIFIC = [...new Set(Object.values(KIND_OPTIONS).flat())];

function usage(message: string, details?: Record<string, string | number | boolean>): AppError {
  return new AppError('USAGE', `${message} Usage: ${USAGE}`, details === undefined ? undefined : { details });
}

function wholeNumber(values: OptionValues, name: string): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !/^[0-9]{1,6}$/.test(raw)) throw usage(`--${name} needs a whole number.`);
  return Number(raw);
}

function readKind(values: OptionValues): GeneratorKind {
  const raw = values['kind'];
  if (raw === undefined) return values['pattern'] !== undefined ? 'pattern' : 'alnum';
  if (typeof raw === 'string' && (GENERATOR_KINDS as readonly string[]).includes(raw)) return raw as GeneratorKind;
  throw usage(`--kind must be one of ${GENERATOR_KINDS.join(', ')}.`);
}

/** Turns the command line into generator options; exported for tests. */
export function optionsFromArgs(values: OptionValues): GeneratorOptions {
  const kind = readKind(values);
  for (const name of KIND_SPECIFIC) {
    if (values[name] !== undefined && !KIND_OPTIONS[kind].includes(name)) throw usage(`--${name} does not apply to --kind ${kind}.`);
  }
  const count = wholeNumber(values, 'count');
  switch (kind) {
    case 'pin':
      return { kind, length: wholeNumber(values, 'length'), count };
    case 'alnum':
      return {
        kind,
        length: wholeNumber(values, 'length'),
        lower: values['no-lower'] !== true,
        upper: values['no-upper'] !== true,
        digits: values['no-digits'] !== true,
        symbols: values['no-symbols'] !== true,
        excludeLookalikes: values['no-lookalikes'] === true,
        count,
      };
    case 'pattern': {
      const pattern = values['pattern'];
      if (typeof pattern !== 'string' || pattern === '') throw usage('--kind pattern needs --pattern P, for example --pattern "l{4}\\-l{4}\\-l{4}\\-l{4}".');
      return { kind, pattern, count };
    }
    case 'passphrase': {
      const separator = values['separator'];
      return { kind, words: wholeNumber(values, 'words'), separator: typeof separator === 'string' ? separator : undefined, capitalize: values['capitalize'] === true, count };
    }
  }
}

export const generateCommand: Command = {
  name: 'generate',
  summary: 'Generate passwords, PINs or passphrases (no vault needed).',
  usage: USAGE,
  help: HELP,
  options: {
    kind: { type: 'string' },
    length: { type: 'string' },
    'no-upper': { type: 'boolean' },
    'no-lower': { type: 'boolean' },
    'no-digits': { type: 'boolean' },
    'no-symbols': { type: 'boolean' },
    'no-lookalikes': { type: 'boolean' },
    pattern: { type: 'string' },
    words: { type: 'string' },
    separator: { type: 'string' },
    capitalize: { type: 'boolean' },
    count: { type: 'string' },
  },
  async run(ctx) {
    if (ctx.args.length > 0) throw usage('generate takes no arguments.');
    const { generate } = await import('../../core/generator/index.ts');
    let result;
    try {
      result = generate(optionsFromArgs(ctx.options));
    } catch (error) {
      // Bad settings are usage errors on the command line (exit 2), whatever core called them.
      if (isAppError(error) && (error.code === 'GENERATOR_OPTIONS_INVALID' || error.code === 'PATTERN_INVALID')) {
        throw usage(error.message, error.details === undefined ? undefined : { ...error.details });
      }
      throw error;
    }
    // The documented --json shape stays {passwords, entropyBits}; the UI's strength level is not part of it.
    ctx.print({ passwords: result.passwords, entropyBits: result.entropyBits }, () => result.passwords.join('\n'));
  },
};
