import { AppError } from '../errors/index.ts';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** A last use this far in the future means the clock is off: the master password is asked for. */
const FUTURE_TOLERANCE_MS = DAY_MS;

export type PolicyVerdict =
  | { allowed: true; daysLeft: number; expiresAt: string }
  | { allowed: false; reason: 'expired' | 'clock'; daysLeft: 0; expiresAt: string; daysSince: number };

/**
 * The N-day rule: quick unlock works while less than `maxDays` days have passed since the master
 * password last opened the vault (a time authenticated inside the vault). `daysLeft` counts whole
 * days, rounded up (1 on the last day).
 */
export function quickUnlockPolicy(input: { lastUsedAt: string; maxDays: number; now: Date }): PolicyVerdict {
  const last = Date.parse(input.lastUsedAt);
  const now = input.now.getTime();
  const expires = last + input.maxDays * DAY_MS;
  const expiresAt = new Date(expires).toISOString();
  const daysSince = Math.max(0, Math.floor((now - last) / DAY_MS));
  if (!Number.isFinite(last) || last - now > FUTURE_TOLERANCE_MS) return { allowed: false, reason: 'clock', daysLeft: 0, expiresAt, daysSince };
  if (now >= expires) return { allowed: false, reason: 'expired', daysLeft: 0, expiresAt, daysSince };
  return { allowed: true, daysLeft: Math.ceil((expires - now) / DAY_MS), expiresAt };
}

/** Throws MASTER_PASSWORD_REQUIRED, saying why, when the policy refuses quick unlock. */
export function assertQuickUnlockAllowed(input: { lastUsedAt: string; maxDays: number; now: Date }): number {
  const verdict = quickUnlockPolicy(input);
  if (verdict.allowed) return verdict.daysLeft;
  if (verdict.reason === 'clock') {
    throw new AppError(
      'MASTER_PASSWORD_REQUIRED',
      "The vault says the master password was last used in the future, so this computer's clock looks wrong. Check the clock, then unlock with the master password.",
      { details: { reason: 'clock' } },
    );
  }
  throw new AppError(
    'MASTER_PASSWORD_REQUIRED',
    `The master password was last used ${verdict.daysSince} days ago; quick unlock works for ${input.maxDays} days after that. Unlock with the master password (quick unlock then works again).`,
    { details: { reason: 'expired', daysSince: verdict.daysSince, maxDays: input.maxDays } },
  );
}
