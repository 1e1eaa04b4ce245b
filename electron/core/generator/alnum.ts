import type { RandomSource } from './random-source.ts';
import { pick } from './random-source.ts';
import { DIGITS, LOOKALIKES, LOWER, SYMBOLS, UPPER } from './charsets.ts';
import { alnumEntropyBits } from './entropy.ts';

export interface AlnumSettings {
  length: number;
  lower: boolean;
  upper: boolean;
  digits: boolean;
  symbols: boolean;
  excludeLookalikes: boolean;
}

/** The chosen classes, look-alikes removed when asked. Empty classes are dropped. */
export function alnumClasses(settings: AlnumSettings): string[][] {
  const chosen: string[][] = [];
  if (settings.lower) chosen.push(LOWER);
  if (settings.upper) chosen.push(UPPER);
  if (settings.digits) chosen.push(DIGITS);
  if (settings.symbols) chosen.push(SYMBOLS);
  return chosen.map((set) => (settings.excludeLookalikes ? set.filter((c) => !LOOKALIKES.includes(c)) : set)).filter((s) => s.length > 0);
}

/**
 * One password with every chosen class present. Draws uniformly from the union and redraws the
 * whole password when a class is missing, so every valid password is equally likely and the
 * entropy is exactly log2 of their number (placing one of each class and shuffling would not be).
 */
export function generateAlnum(settings: AlnumSettings, random: RandomSource): string {
  const classes = alnumClasses(settings);
  const alphabet = classes.flat();
  for (;;) {
    const chars: string[] = [];
    for (let i = 0; i < settings.length; i++) chars.push(pick(random, alphabet));
    if (classes.every((set) => chars.some((c) => set.includes(c)))) return chars.join('');
  }
}

export function alnumEntropy(settings: AlnumSettings): number {
  return alnumEntropyBits(
    alnumClasses(settings).map((s) => s.length),
    settings.length,
  );
}
