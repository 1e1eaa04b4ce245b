import type { AppPasswordProviderId } from '../../contract/calls/generator.ts';

/** How sure we are of a format: a provider's own words, third-party reports, or nothing known. */
export type FormatStatus = 'confirmed' | 'reported' | 'unknown';

/** The shape of an app password a provider makes. */
export interface FormatRule {
  /** Characters in the password itself, not counting display spaces or group separators. */
  length: number;
  /** lower-letters: a–z only; letters: a–z in either case; alphanumeric: letters and digits. */
  alphabet: 'lower-letters' | 'letters' | 'alphanumeric';
  /** What one unit is called in messages ("16 letters", "12 characters"). */
  unit: 'letters' | 'characters';
  /** Size of the groups the provider shows, and the separator it expects between them ('' = none). */
  groupSize: number;
  separator: '' | '-';
}

export interface ProviderFormat {
  /** Name used in messages: "Google app passwords are …". */
  name: string;
  status: FormatStatus;
  /** null when no format is known: only stray whitespace is trimmed. */
  rule: FormatRule | null;
  /** The expected form in words, shown next to the paste field. */
  expected: string;
  /** Where the fact comes from, and when it was recorded (not re-checked online: no internet here). */
  source: string;
  asOf: string;
}

const NOTES = 'AppPass provider notes (work/shared/notes/provider-facts.md), gathered from public sources';

/**
 * App-password formats, keyed by provider id. This is the one place these rules live until the
 * provider catalog takes them over (it imports this record).
 */
export const PROVIDER_FORMATS: Readonly<Record<AppPasswordProviderId, ProviderFormat>> = {
  gmail: {
    name: 'Google',
    status: 'confirmed',
    rule: { length: 16, alphabet: 'lower-letters', unit: 'letters', groupSize: 4, separator: '' },
    expected: '16 lower-case letters; Google shows them in four groups of four ("abcd efgh ijkl mnop"), and the spaces do not count',
    // Google's own words give the length ("the 16-character code", support.google.com/accounts/answer/185833);
    // lower-case letters in four groups is what Google shows in practice, not a documented promise.
    source: `${NOTES}; length from https://support.google.com/accounts/answer/185833, alphabet observed`,
    asOf: '2026-11',
  },
  icloud: {
    name: 'iCloud',
    status: 'reported',
    rule: { length: 16, alphabet: 'lower-letters', unit: 'letters', groupSize: 4, separator: '-' },
    expected: '16 lower-case letters as xxxx-xxxx-xxxx-xxxx (reported)',
    source: `${NOTES}; format reported by third parties, not by Apple`,
    asOf: '2026-11',
  },
  yahoo: {
    name: 'Yahoo',
    status: 'reported',
    rule: { length: 16, alphabet: 'letters', unit: 'letters', groupSize: 4, separator: '' },
    expected: '16 letters; spaces do not count (reported)',
    source: `${NOTES}; "16 characters" (reported)`,
    asOf: '2026-11',
  },
  aol: {
    name: 'AOL',
    status: 'reported',
    rule: { length: 16, alphabet: 'letters', unit: 'letters', groupSize: 4, separator: '' },
    expected: '16 letters; spaces do not count (reported)',
    source: `${NOTES}; "16 characters" (reported)`,
    asOf: '2026-11',
  },
  zoho: {
    name: 'Zoho',
    status: 'reported',
    rule: { length: 12, alphabet: 'alphanumeric', unit: 'characters', groupSize: 4, separator: '' },
    expected: '12 letters or digits; spaces do not count (reported)',
    source: `${NOTES}; "Application-specific passwords are 12 character passcodes" (Zoho help); alphabet observed`,
    asOf: '2026-11',
  },
  fastmail: {
    name: 'Fastmail',
    status: 'unknown',
    rule: null,
    expected: 'no known fixed format; paste it exactly as Fastmail shows it',
    source: `${NOTES}; no format recorded`,
    asOf: '2026-11',
  },
  gmx: {
    name: 'GMX',
    status: 'unknown',
    rule: null,
    expected: 'no known fixed format; paste it exactly as GMX shows it',
    source: `${NOTES}; no format recorded`,
    asOf: '2026-11',
  },
  microsoft365: {
    name: 'Microsoft 365',
    status: 'unknown',
    rule: null,
    expected: 'no known fixed format; paste it exactly as Microsoft shows it',
    source: `${NOTES}; no format recorded`,
    asOf: '2026-11',
  },
  outlook: {
    name: 'Outlook.com',
    status: 'unknown',
    rule: null,
    expected: 'no known fixed format; paste it exactly as Microsoft shows it',
    source: `${NOTES}; no format recorded`,
    asOf: '2026-11',
  },
};
