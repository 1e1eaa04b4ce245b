import { useCallback, useEffect, useState } from 'react';
import type { EntrySummary, EntryToReview, HistoryView } from '../../../../electron/contract/index.ts';
import { api } from '../../api.ts';
import { formatDateTime } from '../../lib/time.ts';
import { syncText as t } from '../../strings/sync.ts';

/** A value waiting for review, with its earlier app password when it has one (fetched by `show`). */
type ReviewValue = HistoryView & { secret?: string };

function valueText(item: ReviewValue): string {
  if (item.field !== null) return `${t.review.field(item.field)}: ${item.value ?? t.review.empty}`;
  return [item.account === null ? null : `${t.review.account}: ${item.account}`, item.secret === undefined ? null : `${t.review.secret}: ${item.secret}`].filter(Boolean).join(' · ');
}

/** The entry's values waiting for review; earlier app passwords are asked for one by one (each logged as revealed). */
async function reviewValues(id: string): Promise<ReviewValue[] | null> {
  const r = await api().lifecycle.history({ id });
  if (!r.ok) return null;
  return Promise.all(
    r.value
      .filter((item) => item.review)
      .map(async (item) => {
        if (!item.hasSecret) return item;
        const s = await api().lifecycle.historySecret({ id, stamp: item.stamp });
        return s.ok ? { ...item, secret: s.value.secret } : item;
      }),
  );
}

/** One entry's values waiting for review: shown on request (they may hold an app password). */
function ReviewRow({ entry, count, onOpenEntry, onReviewed }: { entry: EntrySummary | undefined; count: number; id: string; onOpenEntry: () => void; onReviewed: () => void }) {
  const [items, setItems] = useState<ReviewValue[] | null>(null);
  return (
    <li className="item" data-testid="review-item">
      <span className="main-text">
        <strong>{entry?.label || entry?.account || ''}</strong>
        <span className="muted small" style={{ display: 'block' }}>
          {entry?.account} · {t.review.count(count)}
        </span>
        {items && (
          <ul className="small" data-testid="review-values">
            {items.map((i) => (
              <li key={`${i.field ?? 'secret'}-${i.stamp}`}>
                {valueText(i)} <span className="muted">({t.review.replaced(formatDateTime(i.replacedAt))})</span>
              </li>
            ))}
          </ul>
        )}
      </span>
      <span className="row">
        <button type="button" className="btn small" onClick={onOpenEntry}>{t.review.open}</button>
        <button type="button" className="btn small" data-testid="review-show" onClick={() => (items ? setItems(null) : void reviewValues(entry?.id ?? '').then(setItems))}>
          {items ? t.review.hide : t.review.show}
        </button>
        <button type="button" className="btn small" data-testid="review-done" onClick={() => void api().lifecycle.markReviewed({ id: entry?.id ?? '' }).then(onReviewed)}>
          {t.review.reviewed}
        </button>
      </span>
    </li>
  );
}

/** Hygiene: entries with values that lost a merge (docs/sync.md). Nothing when there are none. */
export function ConflictsToReview({ onOpenEntry }: { onOpenEntry: (id: string) => void }) {
  const [toReview, setToReview] = useState<EntryToReview[]>([]);
  const [entries, setEntries] = useState<Map<string, EntrySummary>>(new Map());
  const load = useCallback(() => {
    void api()
      .sync.toReview()
      .then((r) => r.ok && setToReview(r.value));
    void api()
      .entries.list()
      .then((r) => r.ok && setEntries(new Map(r.value.map((e) => [e.id, e]))));
  }, []);
  useEffect(load, [load]);
  if (toReview.length === 0) return null;
  return (
    <section className="section" data-testid="hygiene-conflicts">
      <h2 style={{ margin: 0 }}>
        {t.review.title} <span className="badge warn">{toReview.length}</span>
      </h2>
      <p className="small muted">{t.review.hint}</p>
      <ul className="item-list">
        {toReview.map(({ id, count }) => (
          <ReviewRow key={id} id={id} entry={entries.get(id)} count={count} onOpenEntry={() => onOpenEntry(id)} onReviewed={load} />
        ))}
      </ul>
    </section>
  );
}
