import { AppError } from '../errors/index.ts';
import type { AppPasswordCheck, AppPasswordProviderId } from '../../contract/calls/generator.ts';
import { PROVIDER_FORMATS, type FormatRule } from './provider-formats.ts';

const WHITESPACE = /[\s\u200b\u2060\ufeff]/gu;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function isProviderId(id: string): id is AppPasswordProviderId {
  return Object.hasOwn(PROVIDER_FORMATS, id);
}

/** Problems of a paste (whitespace and separators already removed) against a rule. Never quotes it. */
function ruleProblems(name: string, rule: FormatRule, reported: boolean, body: readonly string[]): string[] {
  const tag = reported ? ' (reported)' : '';
  const problems: string[] = [];
  if (body.length !== rule.length) {
    problems.push(`${name} app passwords are ${rule.length} ${rule.unit}${tag}; this has ${body.length}`);
  }
  const lower = body.filter((c) => /^[a-z]$/.test(c)).length;
  const upper = body.filter((c) => /^[A-Z]$/.test(c)).length;
  const digits = body.filter((c) => /^[0-9]$/.test(c)).length;
  const others = body.length - lower - upper - digits;
  if (rule.alphabet !== 'alphanumeric' && digits > 0) {
    problems.push(`${name} app passwords have letters only${tag}; this has ${plural(digits, 'digit', 'digits')}`);
  }
  if (others > 0) {
    const allowed = rule.alphabet === 'alphanumeric' ? 'letters and digits' : 'letters';
    problems.push(`${name} app passwords have only ${allowed}${tag}; this has ${plural(others, 'other character', 'other characters')}`);
  }
  if (rule.alphabet === 'lower-letters' && upper > 0) {
    problems.push(`${name} app passwords are lower-case${tag}; this has ${plural(upper, 'capital letter', 'capital letters')}`);
  }
  return problems;
}

/**
 * Normalises a pasted app password to what the provider expects and says, in plain words, how it
 * differs from the provider's known format. Throws UNKNOWN_PROVIDER for an unknown id. The paste
 * is a secret: no message quotes it.
 */
export function checkAppPassword(providerId: string, pasted: string): AppPasswordCheck {
  if (!isProviderId(providerId)) {
    throw new AppError('UNKNOWN_PROVIDER', 'AppPass does not know that provider. Pick one from the list.', { details: { providerId: providerId.slice(0, 40) } });
  }
  const format = PROVIDER_FORMATS[providerId];
  const expected = format.expected;
  const { rule } = format;

  if (rule === null) {
    const normalized = pasted.trim();
    const problems: string[] = [];
    if (normalized === '') problems.push('The paste is empty');
    else if (/[\r\n]/.test(normalized)) problems.push('The paste has a line break inside; check that you copied only the password');
    return { normalized, ok: problems.length === 0, problems, expected };
  }

  const compact = pasted.replace(WHITESPACE, '');
  if (compact === '') return { normalized: '', ok: false, problems: ['The paste is empty'], expected };
  // Where groups are joined by "-", hyphens are separators; elsewhere they count as stray characters.
  const body = [...(rule.separator === '-' ? compact.replaceAll('-', '') : compact)];
  const problems = ruleProblems(format.name, rule, format.status === 'reported', body);
  let normalized = body.join('');
  if (problems.length === 0 && rule.separator !== '') {
    const groups: string[] = [];
    for (let i = 0; i < body.length; i += rule.groupSize) groups.push(body.slice(i, i + rule.groupSize).join(''));
    normalized = groups.join(rule.separator);
  }
  return { normalized, ok: problems.length === 0, problems, expected };
}
