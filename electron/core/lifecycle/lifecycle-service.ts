import type { EntryTest, EntryLifecycle, HistoryView, HygieneItem, ReissuePlan } from '../../contract/calls/lifecycle.ts';
import type { AccountSettings, Provider } from '../../contract/calls/providers.ts';
import type { EntrySummary } from '../../contract/calls/vault.ts';
import { AppError } from '../errors/index.ts';
import { allProviders, getProvider } from '../providers/lookup.ts';
import { settingsForEntry } from '../providers/entry-settings.ts';
import type { VaultService } from '../vault/index.ts';
import { entriesRevokedByPasswordChange } from './account-revocation.ts';
import type { Clock } from './clock.ts';
import { entryLifecycle } from './entry-lifecycle.ts';
import { historyView } from './entry-history.ts';
import { hygieneItems, type DeadlineFor } from './hygiene.ts';
import { reissuePlan } from './reissue-plan.ts';
import { dueChecks } from './scheduled-checks.ts';
import { EMPTY_RECORD, refusedSinceLastOk } from './sign-in-record.ts';
import { testEntry, type CheckFn } from './test-entry.ts';

interface Deps {
  vault: VaultService;
  check: CheckFn;
  now: Clock;
  /** Providers besides the catalog's (test hosts). */
  extraProviders?: readonly Provider[];
  deadlineFor: DeadlineFor;
}

/** The app password's life after setup, over the unlocked vault: tests, revocation, re-issue, hygiene. */
export class LifecycleService {
  constructor(private readonly deps: Deps) {}

  private providerOf = (id: string): Provider | undefined => allProviders(this.deps.extraProviders).find((p) => p.id === id);

  mailSettings(id: string): AccountSettings {
    const entry = this.deps.vault.session().get(id);
    return settingsForEntry(entry, this.deps.extraProviders).settings;
  }

  /** Tests the entry (incoming and outgoing together) and records the outcome without counting it as an edit. */
  async test(id: string, timeoutMs?: number): Promise<EntryTest & { entry: EntrySummary }> {
    const entry = this.deps.vault.session().get(id);
    const { settings, provider } = settingsForEntry(entry, this.deps.extraProviders);
    const outcome = await testEntry(entry, settings, provider, this.deps.check, this.deps.now, timeoutMs);
    const recorded = await this.deps.vault.mutate((s) => s.recordLifecycle(id, { signIn: outcome.signIn }));
    const { secret: _secret, ...summary } = recorded;
    return { ...outcome, entry: summary };
  }

  facts(id: string): EntryLifecycle {
    const session = this.deps.vault.session();
    const { secret: _secret, ...entry } = session.get(id);
    return entryLifecycle(entry, session.list(), this.providerOf(entry.provider), session.sharedSecretGroups(), this.deps.now());
  }

  /** Marks every app password of the account revoked (providers that revoke them on a password change). */
  async accountPasswordChanged(account: string, providerId: string): Promise<ReissuePlan> {
    const provider = getProvider(providerId, this.deps.extraProviders);
    const session = this.deps.vault.session();
    const hit = entriesRevokedByPasswordChange(session.list(), account, provider);
    if (hit.length === 0) {
      throw new AppError('USAGE', `${provider.shortName} is not known to revoke app passwords when the account password changes, or AppPass holds none for ${account.slice(0, 80)}.`);
    }
    const at = this.deps.now().toISOString();
    await this.deps.vault.mutate((s) => {
      for (const e of hit) s.recordLifecycle(e.id, { revoked: { at, reason: 'password-change' } });
    });
    return this.plan(account, providerId);
  }

  plan(account: string, providerId: string): ReissuePlan {
    return reissuePlan(this.deps.vault.session().list(), account, getProvider(providerId, this.deps.extraProviders));
  }

  /** The new app password replaces the old one; the revoked mark and the old sign-in record go. */
  async reissue(id: string, secret: string): Promise<EntrySummary> {
    const updated = await this.deps.vault.mutate((s) => {
      s.update(id, { secret, revoked: false });
      return s.recordLifecycle(id, { signIn: EMPTY_RECORD });
    });
    const { secret: _secret, ...summary } = updated;
    return summary;
  }

  history(id: string): HistoryView[] {
    return historyView(this.deps.vault.session().get(id));
  }

  /** An earlier app password of the entry (the session logs the history as revealed). */
  async historySecret(id: string, stamp: string): Promise<string> {
    const item = (await this.deps.vault.mutate((s) => s.history(id))).find((h) => h.stamp === stamp);
    if (item?.secret === undefined) throw new AppError('NOT_FOUND', 'That earlier password is not in the entry’s history any more.');
    return item.secret;
  }

  /** Marks the entry's earlier values that lost a merge as looked at. */
  async markReviewed(id: string): Promise<HistoryView[]> {
    await this.deps.vault.mutate((s) => s.markReviewed(id));
    return this.history(id);
  }

  hygiene(): HygieneItem[] {
    const session = this.deps.vault.session();
    return hygieneItems({
      entries: session.list(),
      providerOf: this.providerOf,
      sharedGroups: session.sharedSecretGroups(),
      deadlineFor: this.deps.deadlineFor,
      now: this.deps.now(),
    });
  }

  /** Runs the checks due now, one after another; reports which ran and which were refused. */
  async runScheduledChecks(): Promise<{ checked: string[]; refused: string[] }> {
    const session = this.deps.vault.session();
    const due = dueChecks(session.list(), session.settings().scheduledChecks, this.deps.now());
    const checked: string[] = [];
    const refused: string[] = [];
    for (const id of due) {
      try {
        const outcome = await this.test(id);
        checked.push(id);
        if (refusedSinceLastOk(outcome.signIn)) refused.push(id);
      } catch (error) {
        // An entry without servers (USAGE) is skipped; a locked vault ends the run.
        if (error instanceof AppError && error.code === 'USAGE') continue;
        throw error;
      }
    }
    return { checked, refused };
  }
}
