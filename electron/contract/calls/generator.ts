import { z } from 'zod';
import { call } from '../define-call.ts';
import { GENERATOR_LIMITS } from '../limits.ts';

export const GENERATOR_KINDS = ['pin', 'alnum', 'pattern', 'passphrase'] as const;
export type GeneratorKind = (typeof GENERATOR_KINDS)[number];

const count = z.number().int().min(GENERATOR_LIMITS.count.min).max(GENERATOR_LIMITS.count.max).optional();

const pinOptions = z.strictObject({
  kind: z.literal('pin'),
  length: z.number().int().min(GENERATOR_LIMITS.pin.min).max(GENERATOR_LIMITS.pin.max).optional(),
  count,
});

const alnumOptions = z.strictObject({
  kind: z.literal('alnum'),
  length: z.number().int().min(GENERATOR_LIMITS.alnum.min).max(GENERATOR_LIMITS.alnum.max).optional(),
  lower: z.boolean().optional(),
  upper: z.boolean().optional(),
  digits: z.boolean().optional(),
  symbols: z.boolean().optional(),
  /** Leaves out l I 1 O 0 B 8 G 6 |. */
  excludeLookalikes: z.boolean().optional(),
  count,
});

const patternOptions = z.strictObject({
  kind: z.literal('pattern'),
  pattern: z.string().min(1).max(GENERATOR_LIMITS.patternMax),
  count,
});

const passphraseOptions = z.strictObject({
  kind: z.literal('passphrase'),
  words: z.number().int().min(GENERATOR_LIMITS.passphrase.min).max(GENERATOR_LIMITS.passphrase.max).optional(),
  separator: z.string().max(GENERATOR_LIMITS.separatorMax).optional(),
  capitalize: z.boolean().optional(),
  count,
});

export const generatorOptionsSchema = z.discriminatedUnion('kind', [pinOptions, alnumOptions, patternOptions, passphraseOptions]);

/** What to generate; unset fields take their defaults (alnum: 20 characters, all four classes). */
export type GeneratorOptions = z.output<typeof generatorOptionsSchema>;

/** A generated password's strength, from its exact entropy (never zxcvbn, which is for typed passwords). */
export interface EntropyStrength {
  /** 0: only where the server locks after a few tries … 4: very strong (see core/generator/strength-from-entropy.ts). */
  score: 0 | 1 | 2 | 3 | 4;
  entropyBits: number;
}

export interface GenerateResult {
  passwords: string[];
  /** Exact log2 of the number of equally likely outputs for these settings. */
  entropyBits: number;
  strength: EntropyStrength;
}

export interface StrengthResult {
  /** zxcvbn score: 0 (too guessable) … 4 (very unguessable). */
  score: 0 | 1 | 2 | 3 | 4;
  /** log10 of zxcvbn's estimate of the guesses needed. */
  guessesLog10: number;
  feedback: { warning: string | null; suggestions: string[] };
}

export const APP_PASSWORD_PROVIDER_IDS = ['microsoft365', 'outlook', 'gmail', 'icloud', 'yahoo', 'aol', 'fastmail', 'zoho', 'gmx'] as const;
export type AppPasswordProviderId = (typeof APP_PASSWORD_PROVIDER_IDS)[number];

export interface AppPasswordCheck {
  /** The paste as the provider expects it (stray whitespace removed, grouping fixed). */
  normalized: string;
  /** True when the paste fits the provider's known format (or the provider has none). */
  ok: boolean;
  /** Plain-word reasons it does not fit; never quotes the paste. */
  problems: string[];
  /** The expected format in words, e.g. "16 lower-case letters, shown as four groups of four". */
  expected: string;
}

export const generatorCalls = {
  'generator.generate': call<GenerateResult>()(generatorOptionsSchema),
  /** The password is a secret: handlers never log it. */
  'generator.strength': call<StrengthResult>()(z.strictObject({ password: z.string().max(4096) })),
  'generator.checkAppPassword': call<AppPasswordCheck>()(
    z.strictObject({ providerId: z.enum(APP_PASSWORD_PROVIDER_IDS), pasted: z.string().max(4096) }),
  ),
};
