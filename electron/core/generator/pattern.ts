import { AppError } from '../errors/index.ts';
import { GENERATOR_LIMITS } from '../../contract/limits.ts';
import { PLACEHOLDERS } from './pattern-placeholders.ts';
import { uniqueChars } from './charsets.ts';
import type { RandomSource } from './random-source.ts';
import { pick } from './random-source.ts';
import { productEntropyBits } from './entropy.ts';

/** A parsed pattern: one set of allowed characters per output position (size 1 = a literal). */
export type ParsedPattern = readonly (readonly string[])[];

function invalid(position: number, what: string): AppError {
  return new AppError('PATTERN_INVALID', `The pattern is not valid at position ${position + 1}: ${what}.`, {
    details: { position },
  });
}

/** The characters one code point stands for, or null when it is not a placeholder. */
function placeholder(ch: string): readonly string[] | null {
  return Object.hasOwn(PLACEHOLDERS, ch) ? (PLACEHOLDERS[ch]?.chars ?? null) : null;
}

/** Characters that stand for themselves without a backslash: anything but letters, controls and whitespace. */
const LITERAL_OK = /^[^\p{L}\p{C}\s]$/u;

/** `[...]` from `start` (the `[`); returns the set and the index after `]`. */
function parseSet(chars: readonly string[], start: number): { set: string[]; next: number } {
  const include: string[] = [];
  const exclude: string[] = [];
  let target = include;
  let i = start + 1;
  for (;;) {
    const ch = chars[i];
    if (ch === undefined) throw invalid(start, 'the set opened by "[" is never closed with "]"');
    if (ch === ']') break;
    if (ch === '\\') {
      const next = chars[i + 1];
      if (next === undefined) throw invalid(i, '"\\" at the end has no character to escape');
      target.push(next);
      i += 2;
      continue;
    }
    if (ch === '^' && target === include) {
      target = exclude;
      i++;
      continue;
    }
    if (ch === '[') throw invalid(i, 'sets cannot be nested; write \\[ for a literal "["');
    const expanded = placeholder(ch);
    if (expanded) target.push(...expanded);
    else if (LITERAL_OK.test(ch)) target.push(ch);
    else throw invalid(i, `"${ch}" is not a placeholder; write \\${ch} for a literal "${ch}"`);
    i++;
  }
  const set = uniqueChars(include).filter((c) => !exclude.includes(c));
  if (set.length === 0) throw invalid(start, 'the set "[...]" has no characters left');
  return { set, next: i + 1 };
}

/** `{n}` from `start` (the `{`); returns n and the index after `}`. */
function parseRepeat(chars: readonly string[], start: number): { n: number; next: number } {
  let i = start + 1;
  let digits = '';
  while (chars[i] !== undefined && /^[0-9]$/.test(chars[i] as string)) digits += chars[i++];
  if (chars[i] !== '}') {
    throw invalid(chars[i] === undefined ? start : i, digits === '' ? '"{" must be followed by a number and "}", as in {4}' : 'a repeat count must end with "}"');
  }
  if (digits === '') throw invalid(start, '"{}" needs a number, as in {4}');
  const n = Number(digits);
  if (n < 1 || n > GENERATOR_LIMITS.patternMax) throw invalid(start, `a repeat count must be 1 to ${GENERATOR_LIMITS.patternMax}`);
  return { n, next: i + 1 };
}

/**
 * Parses KeePass 2 pattern syntax (see docs/generator.md). Throws PATTERN_INVALID with
 * `details.position` (0-based, in characters) and a message saying what is wrong.
 */
export function parsePattern(pattern: string): ParsedPattern {
  const chars = [...pattern];
  if (chars.length === 0) throw invalid(0, 'the pattern is empty');
  if (chars.length > GENERATOR_LIMITS.patternMax) throw invalid(GENERATOR_LIMITS.patternMax, `a pattern may be at most ${GENERATOR_LIMITS.patternMax} characters`);
  const out: (readonly string[])[] = [];
  let last: readonly string[] | null = null;
  let i = 0;
  while (i < chars.length) {
    const start = i;
    const ch = chars[i] as string;
    if (ch === '{') {
      if (last === null) throw invalid(i, '"{n}" must follow a placeholder, a literal or a set');
      const { n, next } = parseRepeat(chars, i);
      for (let k = 1; k < n; k++) out.push(last);
      last = null; // "d{2}{3}" is ambiguous: refuse it
      i = next;
    } else if (ch === '[') {
      const { set, next } = parseSet(chars, i);
      out.push(set);
      last = set;
      i = next;
    } else if (ch === '\\') {
      const next = chars[i + 1];
      if (next === undefined) throw invalid(i, '"\\" at the end has no character to escape');
      last = [next];
      out.push(last);
      i += 2;
    } else if (ch === ']' || ch === '}') {
      throw invalid(i, `"${ch}" has no matching opening bracket; write \\${ch} for a literal "${ch}"`);
    } else {
      const expanded = placeholder(ch);
      if (expanded) last = expanded;
      else if (LITERAL_OK.test(ch)) last = [ch];
      else throw invalid(i, `"${ch}" is not a placeholder; write \\${ch} for a literal "${ch}"`);
      out.push(last);
      i++;
    }
    if (out.length > GENERATOR_LIMITS.patternMax) {
      throw invalid(start, `the pattern would make more than ${GENERATOR_LIMITS.patternMax} characters`);
    }
  }
  return out;
}

export function generateFromPattern(parsed: ParsedPattern, random: RandomSource): string {
  return parsed.map((set) => pick(random, set)).join('');
}

export function patternEntropy(parsed: ParsedPattern): number {
  return productEntropyBits(parsed.map((set) => set.length));
}
