import { ENTRY_LIMITS } from '../../../../electron/contract/limits.ts';

export interface EntryFormValues {
  account: string;
  label: string;
  secret: string;
  notes: string;
  tags: string;
  devices: string;
}

export type EntryFormField = keyof EntryFormValues;

/** A comma-separated list, trimmed, empty items and repeats (case-insensitive) dropped. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(',')) {
    const item = part.trim();
    if (item === '' || seen.has(item.toLowerCase())) continue;
    seen.add(item.toLowerCase());
    out.push(item);
  }
  return out;
}

/**
 * Problems with the entry form, field by field, in plain words, checked as the user types against the
 * same limits the core enforces. The account is free text (imports may hold "gina" or "zoë@…"): only
 * its length is checked.
 */
export function entryFormProblems(values: EntryFormValues, isNew: boolean): Partial<Record<EntryFormField, string>> {
  const problems: Partial<Record<EntryFormField, string>> = {};
  const tooLong = (text: string, max: number) => `At most ${max.toLocaleString('en')} characters; this has ${text.length.toLocaleString('en')}.`;
  if (values.account.trim() === '') problems.account = 'Enter the account (usually its e-mail address).';
  else if (values.account.trim().length > ENTRY_LIMITS.account) problems.account = tooLong(values.account.trim(), ENTRY_LIMITS.account);
  if (values.label.trim().length > ENTRY_LIMITS.label) problems.label = tooLong(values.label.trim(), ENTRY_LIMITS.label);
  if (isNew && values.secret === '') problems.secret = 'Paste or type the app password.';
  else if (values.secret.length > ENTRY_LIMITS.secret) problems.secret = tooLong(values.secret, ENTRY_LIMITS.secret);
  if (values.notes.length > ENTRY_LIMITS.notes) problems.notes = tooLong(values.notes, ENTRY_LIMITS.notes);
  const tags = splitList(values.tags);
  if (tags.length > ENTRY_LIMITS.tags) problems.tags = `At most ${ENTRY_LIMITS.tags} tags; this has ${tags.length}.`;
  else if (tags.some((tag) => tag.length > ENTRY_LIMITS.tag)) problems.tags = `Each tag has at most ${ENTRY_LIMITS.tag} characters.`;
  const devices = splitList(values.devices);
  if (devices.length > ENTRY_LIMITS.devices) problems.devices = `At most ${ENTRY_LIMITS.devices} devices; this has ${devices.length}.`;
  else if (devices.some((d) => d.length > ENTRY_LIMITS.device)) problems.devices = `Each device name has at most ${ENTRY_LIMITS.device} characters.`;
  return problems;
}
