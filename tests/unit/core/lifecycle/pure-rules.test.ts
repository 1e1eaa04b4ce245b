import { describe, expect, it } from 'vitest';
import type { Provider } from '../../../../electron/contract/calls/providers.ts';
import type { EntrySummary } from '../../../../electron/contract/calls/vault.ts';
import {
  checkSlotMinute,
  dueChecks,
  entriesRevokedByPasswordChange,
  hygieneItems,
  providerUsage,
  recordAfterTest,
  refusedSinceLastOk,
  reissuePlan,
} from '../../../../electron/core/lifecycle/index.ts';
import { CATALOG } from '../../../../electron/core/providers/index.ts';

const provider = (id: string): Provider => {
  const p = CATALOG.providers.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p as Provider;
};

let n = 0;
function entry(patch: Partial<EntrySummary> = {}): EntrySummary {
  n += 1;
  return {
    id: `e${n}`,
    provider: 'gmail',
    account: 'ann@gmail.com',
    label: `Device ${n}`,
    created: '2026-11-01T10:00:00.000Z',
    updated: '2026-11-01T10:00:00.000Z',
    lastCopied: null,
    revoked: null,
    notes: '',
    tags: [],
    favourite: false,
    ...patch,
  };
}

describe('sign-in record', () => {
  const at = '2026-11-30T10:00:00.000Z';
  it('all OK sets lastOk; a refusal sets lastFailure with its category; unreached servers leave the password untested', () => {
    expect(recordAfterTest(undefined, ['OK', 'OK'], at)).toEqual({ lastOk: at, lastFailure: null, lastCheckedAt: at });
    expect(recordAfterTest(undefined, ['OK', 'AUTH_FAILED'], at)).toEqual({ lastOk: null, lastFailure: { at, category: 'AUTH_FAILED' }, lastCheckedAt: at });
    expect(recordAfterTest(undefined, ['TLS_ERROR', 'BASIC_AUTH_DISABLED'], at).lastFailure?.category).toBe('BASIC_AUTH_DISABLED');
    expect(recordAfterTest(undefined, ['DNS_FAILURE', 'TIMEOUT'], at)).toEqual({ lastOk: null, lastFailure: null, lastCheckedAt: at });
  });
  it('checks stop after a refusal until a later sign-in succeeds', () => {
    const refused = recordAfterTest(undefined, ['AUTH_FAILED'], '2026-11-29T10:00:00.000Z');
    expect(refusedSinceLastOk(refused)).toBe(true);
    expect(refusedSinceLastOk(recordAfterTest(refused, ['OK'], at))).toBe(false);
    expect(refusedSinceLastOk(recordAfterTest(undefined, ['TLS_ERROR'], at))).toBe(false);
  });
});

describe('scheduled checks', () => {
  const slotOf = (id: string) => checkSlotMinute(id);
  const atMinute = (day: string, minute: number) => new Date(Date.parse(`${day}T00:00:00.000Z`) + minute * 60_000);

  it('are off by default: nothing is due while the setting is off', () => {
    expect(dueChecks([entry()], false, new Date('2026-11-30T23:59:00.000Z'))).toEqual([]);
  });
  it('spread entries over the day by their id', () => {
    const slots = new Set(Array.from({ length: 50 }, (_, i) => slotOf(`entry-${i}`)));
    expect(slots.size).toBeGreaterThan(40);
    expect([...slots].every((s) => s >= 0 && s < 1440)).toBe(true);
  });
  it('sign in at most once per entry per day, from its slot on', () => {
    const e = entry();
    const slot = slotOf(e.id);
    if (slot > 0) expect(dueChecks([e], true, atMinute('2026-11-30', slot - 1))).toEqual([]);
    expect(dueChecks([e], true, atMinute('2026-11-30', slot))).toEqual([e.id]);
    const checked = { ...e, signIn: { lastOk: atMinute('2026-11-30', slot).toISOString(), lastFailure: null, lastCheckedAt: atMinute('2026-11-30', slot).toISOString() } };
    expect(dueChecks([checked], true, atMinute('2026-11-30', 1439))).toEqual([]);
    expect(dueChecks([checked], true, atMinute('2026-12-01', slot))).toEqual([checked.id]);
  });
  it('never retry an entry whose last sign-in was refused, nor revoked or trashed ones', () => {
    const at = '2026-11-29T00:00:00.000Z';
    const refused = entry({ signIn: { lastOk: null, lastFailure: { at, category: 'AUTH_FAILED' }, lastCheckedAt: at } });
    const revoked = entry({ revoked: at });
    const trashed = entry({ trashedAt: at });
    expect(dueChecks([refused, revoked, trashed], true, new Date('2026-11-30T23:59:59.000Z'))).toEqual([]);
  });
});

describe('account password change, re-issue plan and limits', () => {
  it('marks every live entry of that account at Google; none at Yahoo, whose app passwords survive', () => {
    const mine = [entry(), entry({ account: 'ANN@gmail.com ' }), entry({ trashedAt: '2026-11-02T00:00:00.000Z' })];
    const other = entry({ account: 'bob@gmail.com' });
    expect(entriesRevokedByPasswordChange([...mine, other], 'ann@gmail.com', provider('gmail')).map((e) => e.id)).toEqual([mine[0]?.id, mine[1]?.id]);
    expect(entriesRevokedByPasswordChange([entry({ provider: 'yahoo' })], 'ann@gmail.com', provider('yahoo'))).toEqual([]);
  });
  it('the plan lists the devices still to re-issue', () => {
    const a = entry({ revoked: '2026-11-30T00:00:00.000Z', revokedReason: 'password-change', devices: ['Thunderbird'] });
    const b = entry();
    const plan = reissuePlan([a, b], 'ann@gmail.com', provider('gmail'));
    expect(plan).toMatchObject({ providerName: 'Gmail', steps: [{ entryId: a.id, label: a.label, devices: ['Thunderbird'] }] });
    expect(plan.pageUrl).toMatch(/^https:\/\//);
  });
  it('counts live app passwords of the account against the catalog limit (Apple: 25)', () => {
    const apple = [entry({ provider: 'icloud', account: 'i@icloud.com' }), entry({ provider: 'icloud', account: 'i@icloud.com' }), entry({ provider: 'icloud', account: 'i@icloud.com', revoked: '2026-11-02T00:00:00.000Z' })];
    expect(providerUsage(apple, 'i@icloud.com', provider('icloud'))).toEqual({ used: 2, max: 25, providerName: provider('icloud').shortName });
  });
});

describe('hygiene', () => {
  const now = new Date('2026-11-30T12:00:00.000Z');
  it('ranks urgent items first: a failed check, a password that cannot work (Outlook.com), a deadline; then revoked, shared, old, never used', () => {
    const failedAt = '2026-11-29T00:00:00.000Z';
    const failed = entry({ signIn: { lastOk: null, lastFailure: { at: failedAt, category: 'AUTH_FAILED' }, lastCheckedAt: failedAt }, lastCopied: failedAt });
    const outlook = entry({ provider: 'outlook', account: 'c@outlook.com', lastCopied: '2026-11-29T00:00:00.000Z' });
    const revoked = entry({ revoked: '2026-11-20T00:00:00.000Z' });
    const old = entry({ created: '2024-01-01T00:00:00.000Z', lastCopied: '2026-11-29T00:00:00.000Z' });
    const unused = entry({ created: '2026-11-01T00:00:00.000Z' });
    const fresh = entry({ created: '2026-11-30T11:00:00.000Z' });
    const items = hygieneItems({
      entries: [unused, old, revoked, outlook, failed, fresh],
      providerOf: (id) => CATALOG.providers.find((p) => p.id === id) as Provider | undefined,
      sharedGroups: [],
      deadlineFor: (p) => (p.id === 'outlook' ? { date: '2026-12-31', days: 31, passed: false, words: 'x' } : null),
      now,
    });
    expect(items.map((i) => [i.kind, i.entryId])).toEqual([
      ['check-failed', failed.id],
      ['cannot-work', outlook.id],
      ['deadline', outlook.id],
      ['revoked', revoked.id],
      ['old', old.id],
      ['never-used', unused.id],
    ]);
    expect(items.filter((i) => i.urgent).map((i) => i.kind)).toEqual(['check-failed', 'cannot-work', 'deadline']);
    expect(items.find((i) => i.kind === 'check-failed')?.category).toBe('AUTH_FAILED');
  });
});

describe('the Microsoft 365 SMTP AUTH deadline comes from the provider\'s dated note', () => {
  it('counts down before the date and says "since" after it, in the note\'s own words', async () => {
    const { deadlineFor } = await import('../../../../electron/core/api/handlers/lifecycle-deadline.ts');
    const { getProvider } = await import('../../../../electron/core/providers/lookup.ts');
    const before = deadlineFor(getProvider('microsoft365', [], '2026-11-30'), new Date('2026-11-30T12:00:00Z'));
    const after = deadlineFor(getProvider('microsoft365', [], '2027-01-05'), new Date('2027-01-05T12:00:00Z'));
    const note = getProvider('microsoft365', [], '2026-11-30').notes.find((n) => n.id === 'smtp-auth-default-off');
    expect(before).toEqual({ date: note?.change?.on, days: 31, passed: false, words: note?.change?.before });
    expect(after).toMatchObject({ date: note?.change?.on, passed: true, words: note?.change?.after });
    expect(deadlineFor(getProvider('gmail', [], '2026-11-30'), new Date())).toBeNull();
  });
});
