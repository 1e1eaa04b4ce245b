/** Accepts the core's timestamps (ISO text or epoch ms). */
export function toMillis(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const ms = typeof value === 'number' ? value : Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

export function daysSince(value: string | number | null | undefined, now = Date.now()): number | null {
  const ms = toMillis(value);
  return ms === null ? null : Math.max(0, (now - ms) / 86_400_000);
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "3 days ago", "yesterday", "in 2 hours"… */
export function relativeTime(value: string | number | null | undefined, now = Date.now()): string | null {
  const ms = toMillis(value);
  if (ms === null) return null;
  const seconds = Math.round((ms - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return relative.format(seconds, 'second');
  if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
  if (abs < 86_400 * 45) return relative.format(Math.round(seconds / 86_400), 'day');
  if (abs < 86_400 * 400) return relative.format(Math.round(seconds / (86_400 * 30)), 'month');
  return relative.format(Math.round(seconds / (86_400 * 365)), 'year');
}

export function formatDateTime(value: string | number | null | undefined): string {
  const ms = toMillis(value);
  return ms === null ? '' : new Date(ms).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });
}
