import type { EntropyStrength } from '../../contract/calls/generator.ts';

/**
 * Bits of exact entropy at which a generated password reaches each level (0 … 4). A generated
 * password's strength is its entropy: zxcvbn guesses at human habits (dates, words) and misreads
 * random output, so it stays for passwords people type.
 *  - under 30 bits (a 6-digit PIN is 19.9): only where the server locks after a few tries;
 *  - 30–50: fine for an app password that servers rate-limit, too weak for a master password;
 *  - 50–72: good for app passwords;
 *  - 72–100: strong enough for a master password or an encrypted file;
 *  - 100 and more: very strong.
 */
export const ENTROPY_LEVELS_BITS = [30, 50, 72, 100] as const;

/** The level of a generated password from its exact entropy (log2 of the equally likely outputs). */
export function strengthFromEntropy(entropyBits: number): EntropyStrength {
  const score = ENTROPY_LEVELS_BITS.filter((bits) => entropyBits >= bits).length as EntropyStrength['score'];
  return { score, entropyBits };
}
