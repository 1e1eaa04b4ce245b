import { AppError } from '../errors/index.ts';

/** Environment variable that sets "today" (YYYY-MM-DD) for tests and demonstrations. */
export const TODAY_ENV = 'APPPASS_TODAY';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(iso: string): boolean {
  const m = ISO_DATE.exec(iso);
  if (m === null) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === iso;
}

/**
 * Today's date as YYYY-MM-DD: APPPASS_TODAY when set, else the local calendar day of `now`.
 * Every dated fact (provider notes, catalog age and expiry) is judged against this one value;
 * nothing else reads the clock for that purpose. A malformed APPPASS_TODAY is a USAGE error.
 */
export function todayIso(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const fromEnv = env[TODAY_ENV];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!isRealDate(fromEnv)) throw new AppError('USAGE', `${TODAY_ENV} must be a date as YYYY-MM-DD (for example 2026-12-15).`);
    return fromEnv;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
