import type { Entry } from '../../contract/calls/vault.ts';

/**
 * THE table of how entry fields merge. The fields of the secret unit change together, as one
 * register: an account is never paired with another computer's password or servers. Every other
 * field — label, notes, tags, favourite, provider, and any field added to the entry later — is a
 * register of its own, merged by its clock. `id` is the key and `history` merges as a set.
 * Adding a field to the entry (contract `entrySchema`, `isStoredEntry`) needs nothing here.
 */
export const SECRET_UNIT = ['account', 'secret', 'server'] as const;
export const SECRET_GROUP = 'secret';
const NOT_REGISTERS: ReadonlySet<string> = new Set(['id', 'history']);
const SECRET_FIELDS: ReadonlySet<string> = new Set(SECRET_UNIT);

/**
 * Registers that record when something happened rather than what the user wrote: concurrent values
 * are not kept for review, the newest simply wins (a plain last-writer-wins register). Every field
 * not listed keeps its concurrent losers for review.
 */
export const NEWEST_WINS_QUIETLY: ReadonlySet<string> = new Set(['updated', 'lastCopied', 'revoked', 'revokedReason', 'trashedAt', 'signIn']);

/** The register a field belongs to; null for the key and the history. */
export function groupOf(field: string): string | null {
  if (NOT_REGISTERS.has(field)) return null;
  return SECRET_FIELDS.has(field) ? SECRET_GROUP : field;
}

export function fieldsOf(group: string): readonly string[] {
  return group === SECRET_GROUP ? SECRET_UNIT : [group];
}

/** Every register of the entries given (the secret unit always). */
export function groupsOf(...entries: ReadonlyArray<Entry | undefined>): Set<string> {
  const groups = new Set<string>([SECRET_GROUP]);
  for (const entry of entries) {
    if (entry === undefined) continue;
    for (const field in entry) {
      const group = groupOf(field);
      if (group !== null) groups.add(group);
    }
  }
  return groups;
}

/** The fields of one register as they are in `entry` (absent fields left out). */
export function groupValues(entry: Entry, group: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const record = entry as unknown as Record<string, unknown>;
  for (const field of fieldsOf(group)) if (record[field] !== undefined) values[field] = record[field];
  return values;
}

/** JSON with object keys sorted: equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function sameValues(a: unknown, b: unknown): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b);
}
