import { useEffect, useMemo, useState } from 'react';
import type { ErrorPayload } from '../../../../electron/contract/index.ts';
import type { EntrySummary } from '../../../../electron/contract/calls/vault.ts';
import { api } from '../../api.ts';
import { ErrorNote, Icon, Progress, ProviderAvatar } from '../../components/index.ts';
import { openExternal } from '../../lib/open-external.ts';
import { daysSince } from '../../lib/time.ts';
import { useProviders } from '../../shell/providers-context.tsx';
import { en } from '../../strings/en.ts';
import { buildHygieneReport, OLD_AFTER_DAYS } from './hygiene-report.ts';

export function HygieneScreen() {
  const t = en.hygiene;
  const { byId } = useProviders();
  const [entries, setEntries] = useState<EntrySummary[] | null>(null);
  const [sharedGroups, setSharedGroups] = useState<string[][]>([]);
  const [error, setError] = useState<ErrorPayload | null>(null);
  useEffect(() => {
    void api()
      .entries.list()
      .then((r) => (r.ok ? setEntries(r.value) : setError(r.error)));
    // The core compares the passwords; only ids come back.
    void api()
      .entries.sharedSecrets()
      .then((r) => r.ok && setSharedGroups(r.value));
  }, []);
  const report = useMemo(() => (entries ? buildHygieneReport(entries, byId, Date.now(), sharedGroups) : null), [entries, byId, sharedGroups]);

  const revokeLink = (providerId: string) => {
    const p = byId(providerId);
    return p ? (
      <button type="button" className="btn small" onClick={() => void openExternal(p.appPasswords.pageUrl)}>
        <Icon name="external" /> {t.revokeLink}
      </button>
    ) : null;
  };

  const group = (title: string, hint: string, list: readonly EntrySummary[], testId: string) =>
    list.length === 0 ? null : (
      <section className="section" data-testid={testId}>
        <h2 style={{ margin: 0 }}>
          {title} <span className="badge">{list.length}</span>
        </h2>
        <p className="muted small" style={{ margin: 0 }}>{hint}</p>
        <ul className="item-list">
          {list.slice(0, 200).map((e) => (
            <li className="item" key={e.id}>
              <ProviderAvatar provider={e.provider} name={byId(e.provider)?.shortName} />
              <span className="main-text">
                <strong>{e.label || en.vault.noLabel}</strong>
                <span className="muted small" style={{ display: 'block' }}>
                  {e.account} · {en.vault.age(daysSince(e.created) ?? 0)}
                </span>
              </span>
              {revokeLink(e.provider)}
            </li>
          ))}
        </ul>
      </section>
    );

  const empty = report && report.old.length + report.neverCopied.length + report.revoked.length + report.shared.length + report.warnings.length === 0;
  return (
    <section className="screen" aria-labelledby="hygiene-title">
      <div className="screen-head">
        <h1 id="hygiene-title" tabIndex={-1}>{t.title}</h1>
      </div>
      <ErrorNote error={error} />
      {!report && !error && <Progress label={en.common.loading} />}
      {empty && <p className="notice success">{t.allGood}</p>}
      {report && (
        <div className="stack" style={{ maxWidth: 860 }}>
          {group(t.old, t.oldHint(OLD_AFTER_DAYS), report.old, 'hygiene-old')}
          {group(t.neverCopied, t.neverCopiedHint, report.neverCopied, 'hygiene-never-copied')}
          {group(t.revoked, t.revokedHint, report.revoked, 'hygiene-revoked')}
          {group(t.shared, t.sharedHint, report.shared, 'hygiene-shared')}
          {report.warnings.length > 0 && (
            <section className="section" data-testid="hygiene-warnings">
              <h2 style={{ margin: 0 }}>{t.warnings}</h2>
              <ul className="item-list">
                {report.warnings.map(({ provider, note, entries: count }) => (
                  <li className="item" key={`${provider.id}-${note.date}-${note.text.slice(0, 20)}`}>
                    <ProviderAvatar provider={provider.id} name={provider.shortName} />
                    <span className="main-text">
                      <span className="row small">
                        <strong>{provider.name}</strong>
                        <span className={`badge ${note.confidence}`}>{note.confidence === 'confirmed' ? en.wizard.confirmed : en.wizard.reported}</span>
                        <span className="muted">{en.wizard.noteDated(note.date)} · {t.entries(count)}</span>
                      </span>
                      <span style={{ display: 'block' }}>{note.text}</span>
                    </span>
                    {revokeLink(provider.id)}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      )}
    </section>
  );
}
