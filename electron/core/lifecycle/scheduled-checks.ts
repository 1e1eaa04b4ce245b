import type { EntrySummary } from '../../contract/calls/vault.ts';
import { DAY_MS } from './clock.ts';
import { refusedSinceLastOk } from './sign-in-record.ts';

/**
 * The minute of the day (UTC) at which an entry's daily check is due: a hash of its id, so checks
 * are spread over the day instead of all signing in at once.
 */
export function checkSlotMinute(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % (24 * 60);
}

function startOfUtcDay(now: Date): number {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

/**
 * Entries whose scheduled check is due at `now`: only when checks are on; only live, not revoked
 * entries; never one whose last test was refused (no retrying into a lockout); at most one sign-in
 * per entry per calendar day (UTC) and at least 23 hours after its last one, at its own minute of the
 * day (or later that day, if AppPass was not running then).
 */
export function dueChecks(entries: readonly EntrySummary[], enabled: boolean, now: Date): string[] {
  if (!enabled) return [];
  const dayStart = startOfUtcDay(now);
  const minuteOfDay = Math.floor((now.getTime() - dayStart) / 60_000);
  return entries
    .filter((e) => {
      if (e.trashedAt != null || e.revoked !== null) return false;
      if (refusedSinceLastOk(e.signIn)) return false;
      if (minuteOfDay < checkSlotMinute(e.id)) return false;
      const last = e.signIn?.lastCheckedAt;
      if (last == null) return true;
      const lastMs = Date.parse(last);
      return lastMs < dayStart && now.getTime() - lastMs >= DAY_MS - 60 * 60_000;
    })
    .map((e) => e.id);
}
