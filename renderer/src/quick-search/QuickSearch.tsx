import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ErrorPayload } from '../../../electron/contract/index.ts';
import { api } from '../api.ts';
import { applyTheme, rememberedTheme } from '../lib/theme.ts';
import { copyEntry } from '../lib/entry-copy.ts';
import { en, errorWords } from '../strings/en.ts';
import { SEARCH_QUERY_MAX } from '../../../electron/contract/limits.ts';
import { INITIAL_QUICK_SEARCH, isQuickSearchKey, quickSearchStep, type QuickSearchEvent, type QuickSearchState } from './quick-search-state.ts';

const t = en.quickSearch;

type Status = { kind: 'idle' } | { kind: 'copied'; clearsInSeconds: number | null } | { kind: 'error'; error: ErrorPayload };

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

  const send = useCallback(
    (event: QuickSearchEvent) => {
      const step = quickSearchStep(searchRef.current, event);
      searchRef.current = step.state;
      setSearch(step.state);
      for (const effect of step.effects) {
        if (effect.type === 'copy') void copy(effect.entryId);
        else hide();
      }
    },
    [copy, hide],
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
  }, [query, send]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!isQuickSearchKey(event.key)) return;
    event.preventDefault();
    send({ type: 'key', key: event.key });
  };

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
        {status.kind === 'copied'
          ? status.clearsInSeconds === null
            ? t.copied
            : t.copiedClears.replace('{seconds}', String(status.clearsInSeconds))
          : status.kind === 'error'
            ? status.error.code === 'LOCKED'
              ? t.locked
              : errorWords[status.error.code].title
            : hits.length === 0
              ? query === ''
                ? t.empty
                : t.noMatch
              : t.hint}
      </p>
    </main>
  );
}
