import { useEffect, useId, useMemo, useState } from 'react';
import type { ErrorPayload } from '../../../../electron/contract/index.ts';
import type { ActivityEvent, EntrySummary } from '../../../../electron/contract/calls/vault.ts';
import { api } from '../../api.ts';
import { ErrorNote, Progress } from '../../components/index.ts';
import { formatDateTime } from '../../lib/time.ts';
import { en } from '../../strings/en.ts';
import { lc } from '../../strings/lifecycle.ts';

/**
 * The vault's own log (created, copied, revealed…), newest first. It never holds a secret. It can be
 * filtered by kind; an event of a live entry opens it; a deleted entry keeps its name while in the trash.
 */
export function ActivityScreen({ onOpenEntry }: { onOpenEntry?: (id: string) => void }) {
  const t = en.activity;
  const [events, setEvents] = useState<ActivityEvent[] | null>(null);
  const [entries, setEntries] = useState<EntrySummary[]>([]);
  const [trashed, setTrashed] = useState<EntrySummary[]>([]);
  const [kind, setKind] = useState<ActivityEvent['action'] | ''>('');
  const filterId = useId();
  const [error, setError] = useState<ErrorPayload | null>(null);
  useEffect(() => {
    void Promise.all([api().vault.activity(), api().entries.list(), api().trash.list()]).then(([a, e, tr]) => {
      if (a.ok) setEvents([...a.value].reverse());
      else setError(a.error);
      if (e.ok) setEntries(e.value);
      if (tr.ok) setTrashed(tr.value);
    });
  }, []);
  const names = useMemo(() => new Map(entries.map((e) => [e.id, `${e.label || en.vault.noLabel} — ${e.account}`])), [entries]);
  const trashedNames = useMemo(() => new Map(trashed.map((e) => [e.id, `${e.label || en.vault.noLabel} — ${e.account}`])), [trashed]);
  const kinds = useMemo(() => [...new Set((events ?? []).map((ev) => ev.action))], [events]);
  const shown = useMemo(() => (events ?? []).filter((ev) => kind === '' || ev.action === kind), [events, kind]);
  const entryCell = (id: string) => {
    const live = names.get(id);
    if (live !== undefined) {
      return onOpenEntry ? (
        <button type="button" className="link-button" onClick={() => onOpenEntry(id)}>
          {live}
        </button>
      ) : (
        live
      );
    }
    const inTrash = trashedNames.get(id);
    return <span className="muted">{inTrash !== undefined ? lc.activity.inTrash(inTrash) : en.vault.removed}</span>;
  };
  return (
    <section className="screen" aria-labelledby="activity-title">
      <div className="screen-head">
        <h1 id="activity-title" tabIndex={-1}>{t.title}</h1>
      </div>
      <ErrorNote error={error} />
      {events === null && !error && <Progress label={en.common.loading} />}
      {events?.length === 0 && <p className="muted">{t.empty}</p>}
      {events && events.length > 0 && (
        <div className="field" style={{ maxWidth: 280 }}>
          <label htmlFor={filterId}>{lc.activity.filter}</label>
          <select id={filterId} className="input" value={kind} onChange={(e) => setKind(e.target.value as ActivityEvent['action'] | '')} data-testid="activity-filter">
            <option value="">{lc.activity.all}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>{t.kinds[k] ?? k}</option>
            ))}
          </select>
        </div>
      )}
      {events && events.length > 0 && (
        <div className="table-wrap" tabIndex={0} aria-label={t.title}>
          <table className="table" data-testid="activity-table">
            <thead>
              <tr>
                <th scope="col">{t.when}</th>
                <th scope="col">{t.what}</th>
                <th scope="col">{t.entry}</th>
              </tr>
            </thead>
            <tbody>
              {shown.slice(0, 500).map((ev, i) => (
                <tr key={`${ev.at}-${i}`}>
                  <td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(ev.at)}</td>
                  <td>
                    <span className="badge">{t.kinds[ev.action] ?? ev.action}</span>
                    {ev.caller !== undefined && <span className="small muted"> {ev.caller}{ev.count === undefined ? '' : ` ×${ev.count}`}</span>}
                  </td>
                  <td>{entryCell(ev.entryId)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
