import { useEffect, useMemo, useState } from 'react';
import type { ErrorPayload } from '../../../../electron/contract/index.ts';
import type { ActivityEvent, EntrySummary } from '../../../../electron/contract/calls/vault.ts';
import { api } from '../../api.ts';
import { ErrorNote, Progress } from '../../components/index.ts';
import { formatDateTime } from '../../lib/time.ts';
import { en } from '../../strings/en.ts';

/** The vault's own log (created, copied, revealed…), newest first. It never holds a secret. */
export function ActivityScreen() {
  const t = en.activity;
  const [events, setEvents] = useState<ActivityEvent[] | null>(null);
  const [entries, setEntries] = useState<EntrySummary[]>([]);
  const [error, setError] = useState<ErrorPayload | null>(null);
  useEffect(() => {
    void Promise.all([api().vault.activity(), api().entries.list()]).then(([a, e]) => {
      if (a.ok) setEvents([...a.value].reverse());
      else setError(a.error);
      if (e.ok) setEntries(e.value);
    });
  }, []);
  const names = useMemo(() => new Map(entries.map((e) => [e.id, `${e.label || en.vault.noLabel} — ${e.account}`])), [entries]);
  return (
    <section className="screen" aria-labelledby="activity-title">
      <div className="screen-head">
        <h1 id="activity-title" tabIndex={-1}>{t.title}</h1>
      </div>
      <ErrorNote error={error} />
      {events === null && !error && <Progress label={en.common.loading} />}
      {events?.length === 0 && <p className="muted">{t.empty}</p>}
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
              {events.slice(0, 500).map((ev, i) => (
                <tr key={`${ev.at}-${i}`}>
                  <td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(ev.at)}</td>
                  <td>
                    <span className="badge">{t.kinds[ev.action] ?? ev.action}</span>
                    {ev.caller !== undefined && <span className="small muted"> {ev.caller}{ev.count === undefined ? '' : ` ×${ev.count}`}</span>}
                  </td>
                  <td>{names.get(ev.entryId) ?? <span className="muted">{en.vault.removed}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
