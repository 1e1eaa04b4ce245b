import { z } from 'zod';
import type { SkippedItem } from '../../contract/calls/interop.ts';
import { entryInputSchema, entrySchema, type Entry, type EntryServer } from '../../contract/calls/vault.ts';
import { importInvalid } from './import-errors.ts';

/** Fields an AppPass export carries beyond the entry input, so a round trip loses nothing. */
export interface PreservedFields {
  id: string;
  created: string;
  updated: string;
  lastCopied: string | null;
  revoked: string | null;
}

/** One entry read from an import file, validated against the vault's entry limits. */
export interface ImportCandidate {
  /** Where it came from ("row 3", "entry 5"): never a value from the file. */
  where: string;
  provider: string;
  account: string;
  label: string;
  secret: string;
  notes: string;
  tags: string[];
  favourite: boolean;
  server?: EntryServer;
  /** Present when the file is an AppPass export that recorded them. */
  preserved?: PreservedFields;
}

/** An item of the file that is not an app password (a card, a note, an entry without a password). */
export type { SkippedItem };

export interface ParsedImport {
  candidates: ImportCandidate[];
  skipped: SkippedItem[];
}

const preservedSchema = z.strictObject({
  id: entrySchema.shape.id,
  created: entrySchema.shape.created,
  updated: entrySchema.shape.updated,
  lastCopied: entrySchema.shape.lastCopied,
  revoked: entrySchema.shape.revoked,
});

/** Lists the failing fields by name and issue code only: a zod message can quote the value (a secret). */
function describe(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : 'entry'} ${i.code === 'too_big' ? 'is too long' : i.code === 'too_small' ? 'is empty' : 'has the wrong type'}`)
    .join('; ');
}

/**
 * Checks one raw entry against the vault's schema and limits. IMPORT_INVALID (naming the row and
 * field, never a value) when it does not fit; the whole import then stops.
 */
export function makeCandidate(where: string, raw: Record<string, unknown>, preserved?: unknown): ImportCandidate {
  const parsed = entryInputSchema.safeParse(raw);
  if (!parsed.success) throw importInvalid(describe(parsed.error.issues), where);
  const { data } = parsed;
  const candidate: ImportCandidate = {
    where,
    provider: data.provider,
    account: data.account,
    label: data.label,
    secret: data.secret,
    notes: data.notes,
    tags: data.tags,
    favourite: data.favourite,
    ...(data.server === undefined ? {} : { server: data.server }),
  };
  if (preserved !== undefined) {
    const kept = preservedSchema.safeParse(preserved);
    if (!kept.success) throw importInvalid(describe(kept.error.issues), where);
    candidate.preserved = kept.data;
  }
  return candidate;
}

/** The full vault entry a candidate becomes when restored with its own id and times. */
export function entryOf(candidate: ImportCandidate, preserved: PreservedFields): Entry {
  const entry: Entry = {
    id: preserved.id,
    provider: candidate.provider,
    account: candidate.account,
    label: candidate.label,
    secret: candidate.secret,
    created: preserved.created,
    updated: preserved.updated,
    lastCopied: preserved.lastCopied,
    revoked: preserved.revoked,
    notes: candidate.notes,
    tags: candidate.tags,
    favourite: candidate.favourite,
  };
  if (candidate.server !== undefined) entry.server = candidate.server;
  return entry;
}

/** Trims a text to `max` characters (labels and tags made from folder or title names). */
export function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}
