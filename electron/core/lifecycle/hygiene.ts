import type { Provider } from '../../contract/calls/providers.ts';
import type { EntrySummary } from '../../contract/calls/vault.ts';
import type { HygieneDeadline, HygieneItem, HygieneKind } from '../../contract/calls/lifecycle.ts';
import { daysBetween } from './clock.ts';
import { failedSinceLastOk } from './sign-in-record.ts';

/** App passwords older than this are worth replacing. */
export const OLD_AFTER_DAYS = 365;
/** An entry is "never used" only once it has had this many days to be copied or to sign in. */
export const NEVER_USED_AFTER_DAYS = 7;

/** Urgent first; within a level, this order. */
export const HYGIENE_ORDER: readonly HygieneKind[] = ['check-failed', 'cannot-work', 'deadline', 'revoked', 'shared', 'old', 'never-used'];
const URGENT: ReadonlySet<HygieneKind> = new Set(['check-failed', 'cannot-work', 'deadline']);

/** A dated provider fact that ends app-password sign-in (Microsoft 365 SMTP AUTH), as the providers module states it. */
export type DeadlineFor = (provider: Provider, now: Date) => HygieneDeadline | null;

const SEVERAL = /\s*(?:,|\/|&|\+|\band\b)\s*/i;

interface Inputs {
  entries: readonly EntrySummary[];
  providerOf: (id: string) => Provider | undefined;
  /** Groups of entry ids holding the same password (the session compares them). */
  sharedGroups: readonly (readonly string[])[];
  deadlineFor: DeadlineFor;
  now: Date;
}

/**
 * Every entry that needs attention, one item per reason, ranked by urgency: a failed check, a
 * password that cannot work any more, a provider deadline; then revoked, shared, old, never used.
 * Each item names its entry so the UI can open it.
 */
export function hygieneItems({ entries, providerOf, sharedGroups, deadlineFor, now }: Inputs): HygieneItem[] {
  const sameSecret = new Set(sharedGroups.flat());
  const items: HygieneItem[] = [];
  for (const e of entries) {
    if (e.trashedAt != null) continue;
    const provider = providerOf(e.provider);
    const ageDays = daysBetween(e.created, now);
    const add = (kind: HygieneKind, extra: Partial<HygieneItem> = {}) =>
      items.push({ kind, urgent: URGENT.has(kind), entryId: e.id, account: e.account, label: e.label, providerId: e.provider, ageDays, ...extra });
    if (e.revoked !== null) {
      add('revoked', { since: e.revoked, reissue: e.revokedReason === 'password-change' });
      continue;
    }
    const failure = e.signIn?.lastFailure;
    if (failure && failedSinceLastOk(e.signIn)) add('check-failed', { since: failure.at, category: failure.category });
    if (provider && provider.appPasswords.worksFor.length === 0) add('cannot-work');
    const deadline = provider ? deadlineFor(provider, now) : null;
    if (deadline) add('deadline', { deadline });
    if (sameSecret.has(e.id) || e.label.split(SEVERAL).filter((part) => part.trim() !== '').length > 1) add('shared');
    if (ageDays > OLD_AFTER_DAYS) add('old');
    if (e.lastCopied === null && (e.signIn?.lastOk ?? null) === null && ageDays >= NEVER_USED_AFTER_DAYS) add('never-used');
  }
  const rank = (i: HygieneItem) => HYGIENE_ORDER.indexOf(i.kind);
  return items.sort((a, b) => rank(a) - rank(b) || (a.deadline?.date ?? '').localeCompare(b.deadline?.date ?? '') || b.ageDays - a.ageDays);
}
