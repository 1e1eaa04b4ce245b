import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ErrorPayload } from '../../../electron/contract/index.ts';
import { api } from '../api.ts';
import { applyTheme, rememberedTheme } from '../lib/theme.ts';
import { copyEntry } from '../lib/entry-copy.ts';
import { copyText } from '../lib/clipboard.ts';
import { QuickUnlock } from './QuickUnlock.tsx';
import { en, errorWords } from '../strings/en.ts';
import { SEARCH_QUERY_MAX } from '../../../electron/contract/limits.ts';
import { INITIAL_QUICK_SEARCH, isQuickSearchKey, quickSearchStep, type QuickSearchEvent, type QuickSearchState } from './quick-search-state.ts';

const t = en.quickSearch;

type Status = { kind: 'idle' } | { kind: 'copied'; clearsInSeconds: number | null } | { kind: 'account-copied' } | { kind: 'error'; error: ErrorPayload };

/** The one line under the list: what just happened, or what the keys do. */
function statusText(status: Status, hitCount: number, query: string): string {
  switch (status.kind) {
    case 'account-copied':
      return t.accountCopied;
    case 'copied':
      return status.clearsInSeconds === null ? t.copied : t.copiedClears.replace('{seconds}', String(status.clearsInSeconds));
    case 'error':
      return status.error.code === 'LOCKED' ? t.locked : errorWords[status.error.code].title;
    case 'idle':
      return hitCount > 0 ? t.hint : query === '' ? t.empty : t.noMatch;
  }
}

/**
 * The quick-search popup (global shortcut): type to filter (the core filters, so secrets never
 * come here), ↑/↓ (wrapping), Home and End to choose, Enter copies the chosen password in the host
 * and hides the popup, Esc hides it. The keys are the model in quick-search-state.ts.
 */
export function QuickSearch() {
  const [search, setSearch] = useState<QuickSearchState>(INITIAL_QUICK_SEARCH);
  const searchRef = useRef(search);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const { query, hits, selected } = search;
  // Bumped after an unlock in place, so the same query asks the core again.
  const [unlocks, setUnlocks] = useState(0);

  useEffect(() => applyTheme(rememberedTheme()), []);

  // Every time the popup is shown again, start from a clean, focused field.
  useEffect(() => {
    const onFocus = () => inputRef.current?.focus();
    window.addEventListener('focus', onFocus);
    inputRef.current?.focus();
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  const hide = useCallback(() => {
    setStatus({ kind: 'idle' });
    void api().shell.hideQuickSearch();
  }, []);

  const copy = useCallback(async (entryId: string) => {
    const outcome = await copyEntry(entryId);
    if (!outcome.ok) {
      setStatus({ kind: 'error', error: { code: 'CLIPBOARD_UNAVAILABLE', message: en.errorsGeneric.copyFailed } });
      return;
    }
    setStatus({ kind: 'copied', clearsInSeconds: outcome.clearsInSeconds });
    void api().shell.hideQuickSearch();
  }, []);

  const copyAccount = useCallback(async (account: string) => {
    if (!(await copyText(account))) return setStatus({ kind: 'error', error: { code: 'CLIPBOARD_UNAVAILABLE', message: en.errorsGeneric.copyFailed } });
    setStatus({ kind: 'account-copied' });
  }, []);

  const send = useCallback(
    (event: QuickSearchEvent) => {
      const step = quickSearchStep(searchRef.current, event);
      searchRef.current = step.state;
      setSearch(step.state);
      for (const effect of step.effects) {
        if (effect.type === 'copy') void copy(effect.entryId);
        else if (effect.type === 'copy-account') void copyAccount(effect.account);
        else hide();
      }
    },
    [copy, copyAccount, hide],
  );

  useEffect(() => {
    let current = true;
    void api()
      .shell.quickSearch({ query })
      .then((r) => {
        if (!current) return;
        if (r.ok) {
          send({ type: 'results', hits: r.value });
          setStatus({ kind: 'idle' });
        } else {
          send({ type: 'results', hits: [] });
          setStatus({ kind: 'error', error: r.error });
        }
      });
    return () => {
      current = false;
    };
  }, [query, send, unlocks]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!isQuickSearchKey(event.key)) return;
    event.preventDefault();
    send(event.key === 'Enter' && event.shiftKey ? { type: 'copyAccount' } : { type: 'key', key: event.key });
  };
  const locked = status.kind === 'error' && status.error.code === 'LOCKED';

  const activeId = hits[selected] ? `${listId}-${hits[selected].id}` : undefined;
  return (
    <main className="quick-search" aria-label={t.title}>
      <input
        ref={inputRef}
        className="input quick-search-input"
        type="search"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-autocomplete="list"
        aria-label={t.placeholder}
        placeholder={t.placeholder}
        maxLength={SEARCH_QUERY_MAX}
        value={query}
        onChange={(e) => send({ type: 'type', query: e.target.value })}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck={false}
      />
      <ul id={listId} role="listbox" className="quick-search-list" aria-label={t.results}>
        {hits.map((hit, index) => (
          <li
            key={hit.id}
            id={`${listId}-${hit.id}`}
            role="option"
            aria-selected={index === selected}
            className={index === selected ? 'quick-search-hit selected' : 'quick-search-hit'}
            onMouseEnter={() => send({ type: 'point', index })}
            onClick={() => {
              send({ type: 'point', index });
              send({ type: 'key', key: 'Enter' });
            }}
          >
            <span className="quick-search-title">{hit.title}</span>
            <span className="quick-search-account">{hit.account}</span>
          </li>
        ))}
      </ul>
      <p className="quick-search-status" role="status" aria-live="polite">
        {statusText(status, hits.length, query)}
      </p>
      {locked && (
        <QuickUnlock
          onUnlocked={() => {
            setStatus({ kind: 'idle' });
            setUnlocks((n) => n + 1);
            inputRef.current?.focus();
          }}
        />
      )}
    </main>
  );
}
