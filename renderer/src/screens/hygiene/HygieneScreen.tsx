import { useEffect, useMemo, useState } from 'react';
import type { EntrySummary, ErrorPayload, HygieneItem, HygieneKind } from '../../../../electron/contract/index.ts';
import { api } from '../../api.ts';
import { ErrorNote, Progress, ProviderAvatar } from '../../components/index.ts';
import { useProviders } from '../../frame/providers-context.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { en } from '../../strings/en.ts';
import { lc } from '../../strings/lifecycle.ts';
import { buildHygieneReport } from './hygiene-report.ts';
import { ConflictsToReview } from '../sync/ConflictsToReview.tsx';

const LATER_KINDS: readonly HygieneKind[] = ['revoked', 'shared', 'old', 'never-used'];

/** Hygiene ranked by urgency (the core ranks): every item opens its entry. Provider notes come last. */
export function HygieneScreen({ onOpenEntry }: { onOpenEntry: (id: string) => void }) {
  const t = en.hygiene;
  const { byId } = useProviders();
  const [items, setItems] = useState<HygieneItem[] | null>(null);
  const [entries, setEntries] = useState<EntrySummary[]>([]);
  const [error, setError] = useState<ErrorPayload | null>(null);
  useEffect(() => {
    void api()
      .lifecycle.hygiene()
      .then((r) => (r.ok ? setItems(r.value) : setError(r.error)));
    void api()
      .entries.list()
      .then((r) => r.ok && setEntries(r.value));
  }, []);
  const warnings = useMemo(() => buildHygieneReport(entries, byId).warnings, [entries, byId]);

  const reason = (item: HygieneItem): string => {
    if (item.kind === 'check-failed' && item.category) return `${lc.categories[item.category]} ${lc.hygiene.since(formatDateTime(item.since))}. ${lc.hygiene.why['check-failed']}`;
    if (item.kind === 'deadline' && item.deadline) {
      const when = item.deadline.passed ? lc.hygiene.since(item.deadline.date) : lc.hygiene.countdown(item.deadline.days, item.deadline.date);
      return `${when}: ${item.deadline.words}`;
    }
    if (item.kind === 'revoked' && item.reissue) return lc.hygiene.reissue;
    return lc.hygiene.why[item.kind];
  };

  const list = (shown: readonly HygieneItem[]) => (
    <ul className="item-list">
      {shown.slice(0, 300).map((item) => (
        <li key={`${item.kind}-${item.entryId}`}>
          <button type="button" className="item item-button" onClick={() => onOpenEntry(item.entryId)} data-testid="hygiene-item" data-kind={item.kind}>
            <ProviderAvatar provider={item.providerId} name={byId(item.providerId)?.shortName} />
            <span className="main-text">
              <strong>{item.label || en.vault.noLabel}</strong>
              <span className="muted small" style={{ display: 'block' }}>
                {item.account} · {en.vault.age(item.ageDays)}
              </span>
              <span className="small" style={{ display: 'block' }}>
                <span className={`badge${item.urgent ? ' danger' : ''}`}>{lc.hygiene.kinds[item.kind]}</span> {reason(item)}
              </span>
            </span>
            <span className="small muted" aria-hidden="true">
              {lc.hygiene.open} ›
            </span>
          </button>
        </li>
      ))}
    </ul>
  );

  const urgent = items?.filter((i) => i.urgent) ?? [];
  return (
    <section className="screen" aria-labelledby="hygiene-title">
      <div className="screen-head">
        <h1 id="hygiene-title" tabIndex={-1}>{t.title}</h1>
      </div>
      <ErrorNote error={error} />
      {!items && !error && <Progress label={en.common.loading} />}
      {items && items.length === 0 && <p className="notice success" data-testid="hygiene-none">{lc.hygiene.none}</p>}
      {items && (
        <div className="stack" style={{ maxWidth: 860 }}>
          <ConflictsToReview onOpenEntry={onOpenEntry} />
          {urgent.length > 0 && (
            <section className="section" data-testid="hygiene-urgent">
              <h2 style={{ margin: 0 }}>
                {lc.hygiene.urgent} <span className="badge danger">{urgent.length}</span>
              </h2>
              {list(urgent)}
            </section>
          )}
          {LATER_KINDS.map((kind) => {
            const shown = items.filter((i) => i.kind === kind);
            return shown.length === 0 ? null : (
              <section className="section" key={kind} data-testid={`hygiene-${kind}`}>
                <h2 style={{ margin: 0 }}>
                  {lc.hygiene.kinds[kind]} <span className="badge">{shown.length}</span>
                </h2>
                {list(shown)}
              </section>
            );
          })}
          {warnings.length > 0 && (
            <section className="section" data-testid="hygiene-warnings">
              <h2 style={{ margin: 0 }}>{t.warnings}</h2>
              <ul className="item-list">
                {warnings.map(({ provider, note, entries: count }) => (
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
