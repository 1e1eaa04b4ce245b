import { describe, expect, it } from 'vitest';
import { assertQuickUnlockAllowed, quickUnlockPolicy } from '../../../../electron/core/keychain/index.ts';
import { isAppError } from '../../../../electron/core/errors/index.ts';

const last = '2026-03-01T08:00:00.000Z';
const at = (iso: string) => new Date(iso);

describe('N-day quick-unlock policy', () => {
  it('allows quick unlock right after the master password was used, with N days left', () => {
    expect(quickUnlockPolicy({ lastUsedAt: last, maxDays: 14, now: at(last) })).toMatchObject({ allowed: true, daysLeft: 14 });
  });

  it('counts whole days left, rounding up, until the N-day mark', () => {
    expect(quickUnlockPolicy({ lastUsedAt: last, maxDays: 14, now: at('2026-03-02T09:00:00.000Z') })).toMatchObject({ allowed: true, daysLeft: 13 });
    expect(quickUnlockPolicy({ lastUsedAt: last, maxDays: 14, now: at('2026-03-15T07:59:59.000Z') })).toMatchObject({ allowed: true, daysLeft: 1 });
  });

  it('refuses at exactly N days and after', () => {
    expect(quickUnlockPolicy({ lastUsedAt: last, maxDays: 14, now: at('2026-03-15T08:00:00.000Z') })).toMatchObject({ allowed: false, reason: 'expired', daysLeft: 0 });
    expect(quickUnlockPolicy({ lastUsedAt: last, maxDays: 14, now: at('2026-04-20T08:00:00.000Z') })).toMatchObject({ allowed: false, reason: 'expired', daysSince: 50 });
  });

  it('follows the user setting for N', () => {
    const now = at('2026-03-04T08:00:00.000Z');
    expect(quickUnlockPolicy({ lastUsedAt: last, maxDays: 2, now }).allowed).toBe(false);
    expect(quickUnlockPolicy({ lastUsedAt: last, maxDays: 90, now })).toMatchObject({ allowed: true, daysLeft: 87 });
  });

  it('refuses when the last use lies more than a day in the future (clock set wrong)', () => {
    expect(quickUnlockPolicy({ lastUsedAt: last, maxDays: 14, now: at('2026-02-20T08:00:00.000Z') })).toMatchObject({ allowed: false, reason: 'clock' });
    expect(quickUnlockPolicy({ lastUsedAt: last, maxDays: 14, now: at('2026-03-01T07:00:00.000Z') }).allowed).toBe(true);
  });

  it('MASTER_PASSWORD_REQUIRED says why: days since the last use and N', () => {
    let caught: unknown;
    try {
      assertQuickUnlockAllowed({ lastUsedAt: last, maxDays: 14, now: at('2026-03-21T08:00:00.000Z') });
    } catch (error) {
      caught = error;
    }
    expect(isAppError(caught) && caught.code).toBe('MASTER_PASSWORD_REQUIRED');
    expect((caught as Error).message).toMatch(/20 days ago.*14 days/);
    expect((caught as { details: unknown }).details).toMatchObject({ reason: 'expired', daysSince: 20, maxDays: 14 });
  });
});
