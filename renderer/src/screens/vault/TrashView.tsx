import { useCallback, useEffect, useState } from 'react';
import type { EntrySummary, ErrorPayload } from '../../../../electron/contract/index.ts';
import { api } from '../../api.ts';
import { ErrorNote, Icon, Progress, ProviderAvatar, useToast } from '../../components/index.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { relativeTime } from '../../lib/time.ts';
import { useProviders } from '../../frame/providers-context.tsx';
import { en } from '../../strings/en.ts';
import { lc } from '../../strings/lifecycle.ts';

interface Props {
  onBack: () => void;
  /** An entry came back from the trash: the vault shows it. */
  onRestored: (entry: EntrySummary) => void;
}

/** Deleted entries: restore one, delete one for good, or empty the trash (asked first). */
export function TrashView({ onBack, onRestored }: Props) {
  const toast = useToast();
  const { byId } = useProviders();
  const [entries, setEntries] = useState<EntrySummary[] | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [confirm, setConfirm] = useState<{ id?: string; count: number } | null>(null);

  const load = useCallback(async () => {
    const r = await api().trash.list();
    if (r.ok) setEntries(r.value);
    else setError(r.error);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const restore = async (entry: EntrySummary) => {
    const r = await api().trash.restore({ id: entry.id });
    if (!r.ok) return setError(r.error);
    toast({ message: lc.trash.restored });
    onRestored(r.value);
  };

  const empty = async (id?: string) => {
    setConfirm(null);
    const r = await api().trash.empty(id === undefined ? {} : { id });
    if (!r.ok) return setError(r.error);
    void load();
  };

  return (
    <section className="screen" aria-labelledby="trash-title" data-testid="trash-view">
      <div className="screen-head">
        <h1 id="trash-title" tabIndex={-1}>{lc.trash.title}</h1>
        <button type="button" className="btn small" onClick={onBack} data-testid="trash-back">
          <Icon name="back" /> {lc.trash.back}
        </button>
      </div>
      <p className="muted">{lc.trash.hint}</p>
      <ErrorNote error={error} />
      {entries === null ? (
        <Progress label={en.common.loading} />
      ) : entries.length === 0 ? (
        <p role="status" data-testid="trash-empty">{lc.trash.empty}</p>
      ) : (
        <div className="stack" style={{ maxWidth: 860 }}>
          <ul className="item-list">
            {entries.map((e) => (
              <li className="item" key={e.id} data-testid="trash-row">
                <ProviderAvatar provider={e.provider} name={byId(e.provider)?.shortName ?? (e.provider === 'custom' ? en.vault.custom : e.provider)} />
                <span className="main-text">
                  <strong>{e.label || en.vault.noLabel}</strong>
                  <span className="muted small" style={{ display: 'block' }}>
                    {e.account} · {lc.trash.deletedAt(relativeTime(e.trashedAt) ?? '')}
                  </span>
                </span>
                <button type="button" className="btn small" onClick={() => void restore(e)} data-testid="trash-restore" aria-label={`${lc.trash.restore}: ${e.label || e.account}`}>
                  {lc.trash.restore}
                </button>
                <button type="button" className="btn small danger" onClick={() => setConfirm({ id: e.id, count: 1 })} aria-label={`${lc.trash.deleteForever}: ${e.label || e.account}`}>
                  {lc.trash.deleteForever}
                </button>
              </li>
            ))}
          </ul>
          <div className="row">
            <button type="button" className="btn danger" onClick={() => setConfirm({ count: entries.length })} data-testid="trash-empty-all">
              <Icon name="trash" /> {lc.trash.emptyAll}
            </button>
          </div>
        </div>
      )}
      {confirm && (
        <ConfirmDialog
          title={confirm.id === undefined ? lc.trash.emptyAll : lc.trash.deleteForever}
          message={lc.trash.confirmEmpty(confirm.count)}
          confirmLabel={confirm.id === undefined ? lc.trash.emptyAll : lc.trash.deleteForever}
          danger
          onConfirm={() => void empty(confirm.id)}
          onCancel={() => setConfirm(null)}
          testId="confirm-empty-trash"
        />
      )}
    </section>
  );
}
