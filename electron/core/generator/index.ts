export { generate } from './generate.ts';
export { cryptoRandom, type RandomSource } from './random-source.ts';
export { parsePattern, type ParsedPattern } from './pattern.ts';
export { PLACEHOLDERS } from './pattern-placeholders.ts';
export { EFF_WORDS, WORDLIST_CREDIT } from './wordlist.ts';
export { LOOKALIKES, SYMBOLS } from './charsets.ts';
export { alnumEntropyBits, countWithEveryClass, log2BigInt } from './entropy.ts';
