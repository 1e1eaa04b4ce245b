import { useEffect, useId, useState } from 'react';
import type { HistoryView } from '../../../../../electron/contract/index.ts';
import { api } from '../../../api.ts';
import { formatDateTime } from '../../../lib/time.ts';
import { lc } from '../../../strings/lifecycle.ts';

/** Earlier app passwords of the entry (KeePassXC-style history): reveal one for 30 s, mark a merge loser reviewed. */
export function EntryHistory({ entryId, changed }: { entryId: string; changed: string }) {
  const id = useId();
  const [items, setItems] = useState<HistoryView[]>([]);
  const [shown, setShown] = useState<{ stamp: string; secret: string } | null>(null);

  useEffect(() => {
    let live = true;
    setShown(null);
    void api()
      .lifecycle.history({ id: entryId })
      .then((r) => live && r.ok && setItems(r.value));
    return () => {
      live = false;
    };
  }, [entryId, changed]);

  useEffect(() => {
    if (shown === null) return;
    const timer = window.setTimeout(() => setShown(null), 30_000);
    return () => window.clearTimeout(timer);
  }, [shown]);

  if (items.length === 0) return null;
  const reveal = async (stamp: string) => {
    if (shown?.stamp === stamp) return setShown(null);
    const r = await api().lifecycle.historySecret({ id: entryId, stamp });
    if (r.ok) setShown({ stamp, secret: r.value.secret });
  };
  const reviewed = async () => {
    const r = await api().lifecycle.markReviewed({ id: entryId });
    if (r.ok) setItems(r.value);
  };
  return (
    <section className="section" aria-labelledby={`${id}-title`} data-testid="entry-history">
      <h3 id={`${id}-title`} style={{ margin: 0 }}>{lc.history.title}</h3>
      <ul className="item-list">
        {items.map((item) => (
          <li key={item.stamp} className="item small">
            <span className="main-text">
              <strong>{item.kind === 'password' ? lc.history.password : lc.history.field(item.field ?? '')}</strong>{' '}
              <span className="muted">
                {lc.history.replaced(formatDateTime(item.replacedAt))} · {lc.history.reasons[item.reason]}
                {item.account ? ` · ${item.account}` : ''}
              </span>
              {shown?.stamp === item.stamp && (
                <span className="mono" style={{ display: 'block' }} aria-live="polite">
                  {shown.secret}
                </span>
              )}
            </span>
            {item.hasSecret && (
              <button type="button" className="btn small" aria-pressed={shown?.stamp === item.stamp} onClick={() => void reveal(item.stamp)}>
                {shown?.stamp === item.stamp ? lc.history.hide : lc.history.reveal}
              </button>
            )}
            {item.review && (
              <button type="button" className="btn small" onClick={() => void reviewed()}>
                {lc.history.markReviewed}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
