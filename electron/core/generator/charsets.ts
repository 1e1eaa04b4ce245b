/** The character classes the generator draws from, as arrays of single characters. */
export const LOWER = [...'abcdefghijklmnopqrstuvwxyz'];
export const UPPER = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
export const DIGITS = [...'0123456789'];
/** The 32 printable ASCII specials (KeePass `s`). */
export const SYMBOLS = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];
/** Characters easily confused with one another (KeePassXC's list), left out with --no-lookalikes. */
export const LOOKALIKES = [...'lI1O0B8G6|'];

export const LOWER_VOWELS = [...'aeiou'];
export const UPPER_VOWELS = [...'AEIOU'];
export const LOWER_CONSONANTS = LOWER.filter((c) => !LOWER_VOWELS.includes(c));
export const UPPER_CONSONANTS = UPPER.filter((c) => !UPPER_VOWELS.includes(c));
export const LOWER_HEX = [...'0123456789abcdef'];
export const UPPER_HEX = [...'0123456789ABCDEF'];
export const BRACKETS = [...'()[]{}<>'];
export const PUNCTUATION = [...',.;:'];
/** KeePass `x`: U+00A1 … U+00FF without the soft hyphen U+00AD (94 characters). */
export const HIGH_ANSI = Array.from({ length: 0xff - 0xa1 + 1 }, (_, i) => String.fromCharCode(0xa1 + i)).filter((c) => c !== '\u00ad');

/** Removes duplicates, keeping first-seen order. */
export function uniqueChars(chars: readonly string[]): string[] {
  return [...new Set(chars)];
}
