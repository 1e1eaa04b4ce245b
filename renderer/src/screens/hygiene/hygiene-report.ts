import type { Provider, StatusNote } from '../../../../electron/contract/calls/providers.ts';
import type { EntrySummary } from '../../../../electron/contract/calls/vault.ts';
import { daysSince } from '../../lib/time.ts';

/** App passwords older than this are worth replacing. */
export const OLD_AFTER_DAYS = 365;

export interface HygieneReport {
  old: EntrySummary[];
  neverCopied: EntrySummary[];
  revoked: EntrySummary[];
  /** Entries whose app password is saved for several devices (same password), or whose label names several devices ("iPhone, iPad"). */
  shared: EntrySummary[];
  /** Provider notes that concern providers of saved entries, newest first. */
  warnings: { provider: Provider; note: StatusNote; entries: number }[];
}

const SEVERAL = /\s*(?:,|\/|&|\+|\band\b)\s*/i;

export function buildHygieneReport(
  entries: readonly EntrySummary[],
  byId: (id: string) => Provider | undefined,
  now = Date.now(),
  sharedSecretGroups: readonly (readonly string[])[] = [],
): HygieneReport {
  const sameSecret = new Set(sharedSecretGroups.flat());
  const live = entries.filter((e) => !e.revoked);
  const perProvider = new Map<string, number>();
  for (const e of live) perProvider.set(e.provider, (perProvider.get(e.provider) ?? 0) + 1);
  const warnings: HygieneReport['warnings'] = [];
  for (const [id, count] of perProvider) {
    const provider = byId(id);
    if (!provider) continue;
    for (const note of provider.notes) warnings.push({ provider, note, entries: count });
  }
  warnings.sort((a, b) => b.note.date.localeCompare(a.note.date));
  return {
    old: live.filter((e) => (daysSince(e.created, now) ?? 0) > OLD_AFTER_DAYS),
    neverCopied: live.filter((e) => e.lastCopied === null),
    revoked: entries.filter((e) => e.revoked !== null),
    shared: live.filter((e) => sameSecret.has(e.id) || e.label.split(SEVERAL).filter((part) => part.trim() !== '').length > 1),
    warnings,
  };
}
