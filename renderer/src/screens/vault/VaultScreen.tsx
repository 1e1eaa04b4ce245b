import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { ErrorPayload } from '../../../../electron/contract/index.ts';
import type { EntrySummary } from '../../../../electron/contract/calls/vault.ts';
import { SEARCH_QUERY_MAX } from '../../../../electron/contract/limits.ts';
import { api } from '../../api.ts';
import { ErrorNote, Icon, Progress, useToast } from '../../components/index.ts';
import { copyEntry } from '../../lib/entry-copy.ts';
import { useProviders } from '../../frame/providers-context.tsx';
import { en } from '../../strings/en.ts';
import { EntryDetail } from './EntryDetail.tsx';
import { EntryDialog } from './EntryDialog.tsx';
import { EntryList } from './EntryList.tsx';
import { TrashView } from './TrashView.tsx';
import { lc } from '../../strings/lifecycle.ts';
import { buildRows, countEntries } from './vault-rows.ts';
import { MERGED_EVENT } from '../sync/MergeReportToast.tsx';

interface Props {
  searchRef: RefObject<HTMLInputElement | null>;
  /** A generated secret to start a new entry with; consumed once. */
  pendingSecret: string | null;
  onPendingSecretUsed: () => void;
  onSetUp: () => void;
  /** An entry to open (hygiene, the wizard's "Go to the vault"); consumed once. */
  openEntryId?: string | null;
  onOpenEntryUsed?: () => void;
}

type DialogState = { kind: 'add'; secret?: string } | { kind: 'edit'; entry: EntrySummary } | null;

export function VaultScreen({ searchRef, pendingSecret, onPendingSecretUsed, onSetUp, openEntryId = null, onOpenEntryUsed }: Props) {
  const t = en.vault;
  const toast = useToast();
  const { byId } = useProviders();
  const [entries, setEntries] = useState<EntrySummary[] | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [showTrash, setShowTrash] = useState(false);
  const [trashCount, setTrashCount] = useState(0);
  const [focusSignal, setFocusSignal] = useState(0);

  const load = useCallback(async () => {
    // Both at once: the list and the trash count arrive together.
    const [r, trash] = await Promise.all([api().entries.list(), api().trash.list()]);
    if (r.ok) setEntries(r.value);
    else setError(r.error);
    if (trash.ok) setTrashCount(trash.value.length);
  }, []);

  useEffect(() => {
    if (openEntryId === null) return;
    setShowTrash(false);
    setQuery('');
    setSelectedId(openEntryId);
    onOpenEntryUsed?.();
    setFocusSignal((n) => n + 1);
  }, [openEntryId, onOpenEntryUsed]);

  // A merge of copies from other computers (screens/sync/MergeReportToast.tsx) changed the vault: reload.
  useEffect(() => {
    const reload = () => void load();
    window.addEventListener(MERGED_EVENT, reload);
    return () => window.removeEventListener(MERGED_EVENT, reload);
  }, [load]);

  useEffect(() => {
    void load();
    // Right after unlocking nothing has focus: start in the search field (as KeePassXC does).
    if (document.activeElement === null || document.activeElement === document.body) searchRef.current?.focus();
  }, [load, searchRef]);

  useEffect(() => {
    if (pendingSecret !== null) {
      setDialog({ kind: 'add', secret: pendingSecret });
      onPendingSecretUsed();
    }
  }, [pendingSecret, onPendingSecretUsed]);

  const providerName = useCallback((id: string) => byId(id)?.shortName ?? (id === 'custom' ? t.custom : id), [byId, t.custom]);
  const [favouritesOnly, setFavouritesOnly] = useState(false);
  const rows = useMemo(
    () => buildRows((entries ?? []).filter((e) => !favouritesOnly || e.favourite), deferredQuery, (id) => byId(id)?.name),
    [entries, deferredQuery, byId, favouritesOnly],
  );
  const shown = useMemo(() => countEntries(rows), [rows]);
  // The detail follows the filter: an entry the search hides is not shown.
  const selected = useMemo(
    () => (rows.some((r) => r.kind === 'entry' && r.entry.id === selectedId) ? (entries?.find((e) => e.id === selectedId) ?? null) : null),
    [entries, rows, selectedId],
  );

  /** ↓ or Enter in the search field: into the results (the selected hit if visible, else the first). */
  const intoResults = () => {
    const first = rows.find((r) => r.kind === 'entry');
    if (!first || first.kind !== 'entry') return;
    if (selected === null) setSelectedId(first.entry.id);
    setFocusSignal((n) => n + 1);
  };

  const replace = (entry: EntrySummary) => setEntries((all) => (all ? all.map((e) => (e.id === entry.id ? entry : e)) : all));

  const copy = async (entry: EntrySummary) => {
    const done = await copyEntry(entry.id);
    toast({ message: done.ok ? t.copiedToast(done.clearsInSeconds) : en.errorsGeneric.copyFailed });
    void load();
  };

  const lastTrashed = useRef<string | null>(null);
  const untrash = (id: string) =>
    void api()
      .trash.restore({ id })
      .then((back) => {
        if (!back.ok) return setError(back.error);
        if (lastTrashed.current === id) lastTrashed.current = null;
        void load();
        setSelectedId(back.value.id);
        toast({ message: t.restored });
      });

  /** Delete = move to the trash; Undo, Ctrl+Z or the Trash view restores it. Focus goes to the search field. */
  const remove = async (entry: EntrySummary) => {
    const r = await api().entries.remove({ id: entry.id });
    if (!r.ok) return setError(r.error);
    lastTrashed.current = entry.id;
    setEntries((all) => all?.filter((e) => e.id !== entry.id) ?? all);
    setTrashCount((n) => n + 1);
    setSelectedId(null);
    searchRef.current?.focus();
    toast({
      message: lc.trash.moved(entry.label || entry.account),
      action: {
        label: en.common.undo,
        run: () => untrash(entry.id),
      },
      duration: 8000,
    });
  };

  const toggleRevoked = async (entry: EntrySummary) => {
    const r = await api().entries.update({ id: entry.id, patch: { revoked: !entry.revoked } });
    if (r.ok) replace(r.value);
    else setError(r.error);
  };

  const toggleFavourite = async (entry: EntrySummary) => {
    const r = await api().entries.update({ id: entry.id, patch: { favourite: !entry.favourite } });
    if (r.ok) replace(r.value);
    else setError(r.error);
  };

  const total = entries?.length ?? 0;

  /** KeePassXC-style keys: Ctrl+N new entry, Ctrl+E edit, Delete moves the selected entry to the trash (not while typing). */
  const onVaultKeys = (event: React.KeyboardEvent) => {
    const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, dialog') !== null;
    const ctrl = event.ctrlKey || event.metaKey;
    if (ctrl && event.key.toLowerCase() === 'n' && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      setDialog({ kind: 'add' });
    } else if (ctrl && event.key.toLowerCase() === 'e' && selected && !typing) {
      event.preventDefault();
      setDialog({ kind: 'edit', entry: selected });
    } else if (ctrl && event.key.toLowerCase() === 'z' && (!typing || (event.target === searchRef.current && query === '')) && lastTrashed.current !== null) {
      event.preventDefault();
      untrash(lastTrashed.current);
    } else if (event.key === 'Delete' && selected && !typing && !ctrl) {
      event.preventDefault();
      void remove(selected);
    }
  };
  if (showTrash) {
    return (
      <TrashView
        onBack={() => {
          setShowTrash(false);
          void load();
        }}
        onRestored={(entry) => {
          setShowTrash(false);
          void load();
          setSelectedId(entry.id);
        }}
      />
    );
  }
  return (
    <section className="vault" aria-labelledby="vault-title" data-has-selection={selected !== null} onKeyDown={onVaultKeys}>
      <div className="vault-list">
        <div className="vault-tools">
          <div className="row" style={{ flexWrap: 'nowrap' }}>
            <h1 id="vault-title" tabIndex={-1} style={{ margin: 0, flex: 1, fontSize: 18 }}>{t.title}</h1>
            <button type="button" className="btn ghost small star" aria-pressed={favouritesOnly} title={lc.vault.favouritesOnly} onClick={() => setFavouritesOnly((on) => !on)} data-testid="vault-favourites-only">
              <Icon name="star" /> <span className="visually-hidden">{lc.vault.favouritesOnly}</span>
            </button>
            {trashCount > 0 && (
              <button type="button" className="btn ghost small" title={lc.trash.open(trashCount)} onClick={() => setShowTrash(true)} data-testid="vault-open-trash">
                <Icon name="trash" /> <span aria-hidden="true">{trashCount}</span>
                <span className="visually-hidden">{lc.trash.open(trashCount)}</span>
              </button>
            )}
            <button type="button" className="btn small primary" onClick={() => setDialog({ kind: 'add' })} data-testid="entry-add">
              <Icon name="plus" /> {t.add}
            </button>
          </div>
          <div className="search" role="search">
            <Icon name="search" />
            <input
              ref={searchRef}
              className="input"
              type="search"
              aria-label={t.search}
              aria-keyshortcuts="Control+F"
              placeholder={t.searchPlaceholder}
              maxLength={SEARCH_QUERY_MAX}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowDown' || e.key === 'Enter') {
                  e.preventDefault();
                  intoResults();
                }
              }}
              data-testid="vault-search"
            />
          </div>
          <div className="small muted" aria-live="polite" data-testid="vault-count">
            {entries ? t.count(shown, total) : ''}
          </div>
        </div>
        <ErrorNote error={error} />
        {entries === null ? (
          <div className="vault-empty">
            <Progress label={en.common.loading} />
          </div>
        ) : total === 0 ? (
          <div className="vault-empty stack" data-testid="vault-empty">
            <p>{t.empty}</p>
            <button type="button" className="btn primary" onClick={onSetUp} style={{ alignSelf: 'center' }}>
              {t.emptyAction}
            </button>
          </div>
        ) : shown === 0 ? (
          <div className="vault-empty" role="status">{t.noMatch(query)}</div>
        ) : (
          <EntryList
            rows={rows}
            selectedId={selectedId}
            onSelect={setSelectedId}
            onCopy={(id) => {
              const entry = entries.find((e) => e.id === id);
              if (entry) void copy(entry);
            }}
            providerName={providerName}
            focusSignal={focusSignal}
          />
        )}
      </div>
      {selected ? (
        <EntryDetail
          entry={selected}
          onCopy={() => void copy(selected)}
          onEdit={() => setDialog({ kind: 'edit', entry: selected })}
          onDelete={() => void remove(selected)}
          onToggleRevoked={() => void toggleRevoked(selected)}
          onToggleFavourite={() => void toggleFavourite(selected)}
          onBack={() => setSelectedId(null)}
          onChanged={replace}
          onReload={() => void load()}
        />
      ) : (
        <div className="vault-detail">
          {total > 0 && <p className="muted">{t.selectPrompt}</p>}
        </div>
      )}
      {dialog && (
        <EntryDialog
          entry={dialog.kind === 'edit' ? dialog.entry : undefined}
          initialSecret={dialog.kind === 'add' ? dialog.secret : undefined}
          onClose={() => setDialog(null)}
          onSaved={(entry) => {
            setDialog(null);
            if (dialog.kind === 'edit') replace(entry);
            else setEntries((all) => (all ? [...all, entry] : [entry]));
            setSelectedId(entry.id);
            toast({ message: en.common.saved });
          }}
        />
      )}
    </section>
  );
}
