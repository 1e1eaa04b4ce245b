import type { RandomSource } from './random-source.ts';
import { pick } from './random-source.ts';
import { EFF_WORDS } from './wordlist.ts';

export interface PassphraseSettings {
  words: number;
  separator: string;
  capitalize: boolean;
}

export function generatePassphrase(settings: PassphraseSettings, random: RandomSource): string {
  const words: string[] = [];
  for (let i = 0; i < settings.words; i++) {
    const word = pick(random, EFF_WORDS);
    words.push(settings.capitalize ? word.charAt(0).toUpperCase() + word.slice(1) : word);
  }
  return words.join(settings.separator);
}

/** words × log2(7776): capitalising and the separator are fixed choices and add nothing. */
export function passphraseEntropy(settings: PassphraseSettings): number {
  return settings.words * Math.log2(EFF_WORDS.length);
}
