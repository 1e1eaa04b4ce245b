import type { RandomSource } from './random-source.ts';
import { pick } from './random-source.ts';
import { DIGITS } from './charsets.ts';

export function generatePin(length: number, random: RandomSource): string {
  let pin = '';
  for (let i = 0; i < length; i++) pin += pick(random, DIGITS);
  return pin;
}

export function pinEntropy(length: number): number {
  return length * Math.log2(10);
}
