import { z } from 'zod';
import { ENTRY_LIMITS as LIMITS, ISO_TIME, entryServerSchema, type Entry } from '../../../contract/calls/vault.ts';

function within(value: string, min: number, max: number): boolean {
  return value.length >= min && value.length <= max;
}

function isTime(value: string | null, nullable: boolean): boolean {
  return value === null ? nullable : ISO_TIME.test(value);
}

/** The limits of `entrySchema`, checked in one pass over an entry whose types are already right. */
function withinLimits(e: z.output<typeof storedEntryShape>): boolean {
  return (
    within(e.id, 1, LIMITS.id) &&
    within(e.provider, 1, LIMITS.provider) &&
    within(e.account, 1, LIMITS.account) &&
    within(e.label, 0, LIMITS.label) &&
    within(e.secret, 1, LIMITS.secret) &&
    within(e.notes, 0, LIMITS.notes) &&
    e.tags.length <= LIMITS.tags &&
    e.tags.every((tag) => within(tag, 1, LIMITS.tag)) &&
    isTime(e.created, false) &&
    isTime(e.updated, false) &&
    isTime(e.lastCopied, true) &&
    isTime(e.revoked, true)
  );
}

const storedEntryShape = z.strictObject({
  id: z.string(),
  provider: z.string(),
  account: z.string(),
  label: z.string(),
  secret: z.string(),
  created: z.string(),
  updated: z.string(),
  lastCopied: z.string().nullable(),
  revoked: z.string().nullable(),
  notes: z.string(),
  tags: z.array(z.string()),
  favorite: z.boolean(),
  server: entryServerSchema.optional(),
});

/**
 * An entry as read from a vault body: accepts exactly what the contract's `entrySchema` accepts
 * (a property test holds the two together), but zod checks only the types and one object-level
 * check applies the length limits and time patterns. zod's per-field `min`/`max`/`regex` checks cost
 * about ten times as much, and a vault open validates every entry (docs/benchmarks.md).
 */
export const storedEntrySchema: z.ZodType<Entry> = storedEntryShape.check((ctx) => {
  if (!withinLimits(ctx.value)) ctx.issues.push({ code: 'custom', message: 'An entry field is too long, empty or not a time.', input: ctx.value });
});
