import type { HistoryView } from '../../contract/calls/lifecycle.ts';
import type { Entry } from '../../contract/calls/vault.ts';

/** An entry's earlier values for the details pane, newest first, without any secret. */
export function historyView(entry: Pick<Entry, 'history'>): HistoryView[] {
  return (entry.history ?? []).map((item) => ({
    stamp: item.stamp,
    replacedAt: item.replacedAt,
    reason: item.reason,
    review: item.review,
    kind: item.field === undefined ? 'password' : 'field',
    field: item.field ?? null,
    value: item.field === undefined || item.value === undefined || item.value === '' ? null : typeof item.value === 'string' ? item.value : JSON.stringify(item.value),
    hasSecret: item.secret !== undefined,
    account: item.account ?? null,
  }));
}
