import { afterAll, describe, expect, it } from 'vitest';
import type { CheckInput, CheckResult } from '../../../../electron/contract/calls/mail.ts';
import { createHandlers, dispatch } from '../../../../electron/core/api/index.ts';
import { LifecycleService } from '../../../../electron/core/lifecycle/index.ts';
import { VaultService } from '../../../../electron/core/vault/index.ts';
import { FAST_KDF, tempVault } from '../../../support/vault-helpers.ts';

const t = tempVault();
afterAll(() => t.cleanup());

/** A mail server stand-in: accepts `good`, refuses anything else; records what was tried. */
function fakeCheck(good: string) {
  const tried: CheckInput[] = [];
  const check = async (input: CheckInput): Promise<CheckResult> => {
    tried.push(input);
    const ok = input.password === good;
    return { category: ok ? 'OK' : 'AUTH_FAILED', advice: ok ? 'Signed in.' : 'Refused.', protocol: input.protocol, host: input.host, port: input.port, elapsedMs: 1 };
  };
  return { check, tried };
}

describe('LifecycleService over a real vault', () => {
  const vault = new VaultService(t.path);
  let clock = new Date('2026-11-30T09:00:00.000Z');
  const fake = fakeCheck('new-password-1');

  it('tests incoming and outgoing together, records the outcome without counting it as an edit', async () => {
    await vault.create('lifecycle pw 10', FAST_KDF);
    const lifecycle = new LifecycleService({ vault, check: fake.check, now: () => clock, deadlineFor: () => null });
    const session = vault.session();
    const a = session.add({ provider: 'gmail', account: 'ann@gmail.com', label: 'Laptop', secret: 'old-password-1' });
    const b = session.add({ provider: 'gmail', account: 'ann@gmail.com', label: 'Phone', secret: 'old-password-2' });
    const before = session.get(a.id).updated;

    const failed = await lifecycle.test(a.id);
    expect(failed.servers.map((s) => [s.which, s.protocol, s.result?.category])).toEqual([
      ['incoming', 'imap', 'AUTH_FAILED'],
      ['outgoing', 'smtp', 'AUTH_FAILED'],
    ]);
    expect(failed.entry.signIn?.lastFailure?.category).toBe('AUTH_FAILED');
    expect(failed.entry.updated).toBe(before);
    expect(JSON.stringify(failed)).not.toContain('old-password-1');
    expect(lifecycle.facts(a.id)).toMatchObject({ checksStopped: true, devices: ['Laptop'], revokedByPasswordChange: true, usage: { used: 2, max: null } });

    // "I changed my Google password": every entry of the account is marked, then re-issued one by one.
    const plan = await lifecycle.accountPasswordChanged('ann@gmail.com', 'gmail');
    expect(plan.steps.map((s) => s.entryId)).toEqual([a.id, b.id]);
    expect(vault.session().get(b.id)).toMatchObject({ revokedReason: 'password-change' });
    clock = new Date('2026-11-30T10:00:00.000Z');
    await lifecycle.reissue(a.id, 'new-password-1');
    // The replaced app password is kept in the entry's history (never in a summary).
    expect(lifecycle.history(a.id)).toEqual([expect.objectContaining({ kind: 'password', hasSecret: true, reason: 'edited' })]);
    const ok = await lifecycle.test(a.id);
    expect(ok.entry).toMatchObject({ revoked: null, signIn: { lastOk: '2026-11-30T10:00:00.000Z', lastFailure: null } });
    expect(ok.entry).not.toHaveProperty('revokedReason');
    expect(lifecycle.plan('ann@gmail.com', 'gmail').steps.map((s) => s.entryId)).toEqual([b.id]);
    expect(lifecycle.hygiene().map((i) => [i.kind, i.entryId])).toEqual([['revoked', b.id]]);
  });

  it('Microsoft 365: only SMTP is tried; IMAP is reported as not for app passwords', async () => {
    const lifecycle = new LifecycleService({ vault, check: fake.check, now: () => clock, deadlineFor: () => null });
    const m = vault.session().add({ provider: 'microsoft365', account: 'sam@contoso.com', label: 'Scanner', secret: 'new-password-1' });
    const r = await lifecycle.test(m.id);
    expect(r.servers.map((s) => [s.protocol, s.skipped, s.result?.category ?? null])).toEqual([
      ['imap', 'not-for-app-passwords', null],
      ['smtp', null, 'OK'],
    ]);
  });

  it('scheduled checks: none while off; when on, each due entry once, and a refused one is reported and not retried', async () => {
    const lifecycle = new LifecycleService({ vault, check: fake.check, now: () => clock, deadlineFor: () => null });
    clock = new Date('2026-12-01T23:59:00.000Z');
    expect(await lifecycle.runScheduledChecks()).toEqual({ checked: [], refused: [] });
    await vault.mutate((s) => s.updateSettings({ scheduledChecks: true }));
    const bad = vault.session().add({ provider: 'gmail', account: 'zed@gmail.com', label: 'Old tablet', secret: 'wrong-one' });
    const first = await lifecycle.runScheduledChecks();
    expect(first.refused).toEqual([bad.id]);
    const triedBefore = fake.tried.length;
    clock = new Date('2026-12-02T23:59:00.000Z');
    const second = await lifecycle.runScheduledChecks();
    expect(second.checked).not.toContain(bad.id);
    expect(fake.tried.filter((i) => i.password === 'wrong-one')).toHaveLength(2);
    expect(fake.tried.length).toBeGreaterThan(triedBefore);
  });

  it('history: earlier passwords are listed without secrets, revealed on request, and merge losers can be marked reviewed', async () => {
    const lifecycle = new LifecycleService({ vault, check: fake.check, now: () => clock, deadlineFor: () => null });
    const stamp = '00000000a-0000-0123456789ab';
    const labelStamp = '00000000b-0000-0123456789ab';
    const base = vault.session().add({ provider: 'gmail', account: 'hist@gmail.com', label: 'Desk', secret: 'current-secret' });
    const full = vault.session().get(base.id);
    await vault.mutate((s) => {
      s.remove(base.id);
      s.emptyTrash(base.id);
      s.restore({ ...full, history: [
          { stamp: labelStamp, replacedAt: '2026-11-29T11:00:00.000Z', reason: 'merge', review: true, field: 'label', value: 'Phone (laptop)' },
          { stamp, replacedAt: '2026-11-29T10:00:00.000Z', reason: 'merge', review: true, secret: 'earlier-secret' },
        ],
      });
    });
    const view = lifecycle.history(base.id);
    expect(view).toEqual([
      { stamp: labelStamp, replacedAt: '2026-11-29T11:00:00.000Z', reason: 'merge', review: true, kind: 'field', field: 'label', value: 'Phone (laptop)', hasSecret: false, account: null },
      { stamp, replacedAt: '2026-11-29T10:00:00.000Z', reason: 'merge', review: true, kind: 'password', field: null, value: null, hasSecret: true, account: null },
    ]);
    expect(JSON.stringify(view)).not.toContain('earlier-secret');
    expect(await lifecycle.historySecret(base.id, stamp)).toBe('earlier-secret');
    expect((await lifecycle.markReviewed(base.id)).map((item) => item.review)).toEqual([false, false]);
  });

  it('trash: delete hides the entry, restore brings it back, emptying removes it for good (contract calls)', async () => {
    const handlers = createHandlers({ version: 't', platform: 'linux', vaultPath: t.path, vault });
    const call = async <T>(name: Parameters<typeof dispatch>[1], input?: unknown): Promise<T> => {
      const r = await dispatch(handlers, name, input);
      if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
      return r.value as T;
    };
    const added = await call<{ id: string }>('entries.add', { account: 'tina@example.com', label: 'Trash me', secret: 'trash-secret' });
    await call('entries.remove', { id: added.id });
    expect((await call<{ id: string }[]>('entries.list')).map((e) => e.id)).not.toContain(added.id);
    const trash = await call<{ id: string; trashedAt: string }[]>('trash.list');
    expect(trash).toEqual([expect.objectContaining({ id: added.id, trashedAt: expect.any(String) })]);
    expect(JSON.stringify(trash)).not.toContain('trash-secret');
    expect(await call('trash.restore', { id: added.id })).not.toHaveProperty('trashedAt');
    expect((await call<{ id: string }[]>('entries.list')).map((e) => e.id)).toContain(added.id);
    await call('entries.remove', { id: added.id });
    expect(await call('trash.empty', {})).toEqual({ removed: 1 });
    expect(await call('trash.list')).toEqual([]);
    // Saved: a fresh unlock sees the same.
    vault.lock();
    await vault.unlock('lifecycle pw 10');
    expect(vault.session().trashed()).toEqual([]);
    expect(vault.session().list().map((e) => e.id)).not.toContain(added.id);
  });
});
