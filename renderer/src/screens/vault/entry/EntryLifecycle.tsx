import { useEffect, useId, useState } from 'react';
import type { EntryLifecycle as Facts, EntrySummary } from '../../../../../electron/contract/index.ts';
import { api } from '../../../api.ts';
import { en } from '../../../strings/en.ts';
import { lc } from '../../../strings/lifecycle.ts';
import { formatDateTime, relativeTime } from '../../../lib/time.ts';

interface Props {
  entry: EntrySummary;
  providerName: string | null;
  onAccountPasswordChanged: () => void;
  onReissue: () => void;
}

/** Where the app password stands: last sign-ins, devices, age, the provider's limit, and the account-password action. */
export function EntryLifecycle({ entry, providerName, onAccountPasswordChanged, onReissue }: Props) {
  const id = useId();
  const [facts, setFacts] = useState<Facts | null>(null);
  useEffect(() => {
    let live = true;
    void api()
      .lifecycle.facts({ id: entry.id })
      .then((r) => live && r.ok && setFacts(r.value));
    return () => {
      live = false;
    };
  }, [entry]);
  if (!facts) return null;
  const failure = facts.signIn?.lastFailure ?? null;
  const when = (iso: string | null | undefined) => (iso ? `${relativeTime(iso) ?? ''} (${formatDateTime(iso)})` : lc.life.never);
  return (
    <section className="section" aria-labelledby={`${id}-title`} data-testid="entry-lifecycle">
      <h3 id={`${id}-title`} style={{ margin: 0 }}>{lc.life.title}</h3>
      {entry.revokedReason === 'password-change' && (
        <div className="notice warning row" data-testid="entry-reissue-pending">
          <span style={{ flex: 1 }}>{lc.life.reissuePending}</span>
          <button type="button" className="btn small primary" onClick={onReissue} data-testid="entry-reissue">
            {lc.life.reissue}
          </button>
        </div>
      )}
      {facts.checksStopped && <p className="notice warning small">{lc.life.stopped}</p>}
      <dl className="kv">
        <dt>{lc.life.lastOk}</dt>
        <dd data-testid="entry-last-ok">{when(facts.signIn?.lastOk)}</dd>
        <dt>{lc.life.lastFailure}</dt>
        <dd data-testid="entry-last-failure">{failure ? `${lc.categories[failure.category]} · ${when(failure.at)}` : lc.life.never}</dd>
        <dt>{lc.life.devices}</dt>
        <dd>{facts.devices.length > 0 ? facts.devices.join(', ') : en.vault.noLabel}</dd>
        <dt>{lc.life.age}</dt>
        <dd>{en.vault.age(facts.ageDays)}</dd>
        {facts.usage && (
          <>
            <dt>{lc.life.limitLabel}</dt>
            <dd data-testid="entry-usage">{lc.life.limit(facts.usage.used, facts.usage.max, facts.usage.providerName)}</dd>
          </>
        )}
      </dl>
      {facts.revokedByPasswordChange === true && providerName && (
        <div className="stack">
          <div className="row">
            <button type="button" className="btn" onClick={onAccountPasswordChanged} data-testid="entry-account-password-changed">
              {lc.life.changedPassword(providerName)}
            </button>
          </div>
          <p className="small muted" style={{ margin: 0 }}>{lc.life.changedPasswordHint(providerName)}</p>
        </div>
      )}
    </section>
  );
}
