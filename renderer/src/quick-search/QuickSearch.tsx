import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ErrorPayload, QuickSearchHit } from '../../../electron/contract/index.ts';
import { api } from '../api.ts';
import { applyTheme, rememberedTheme } from '../hooks/use-theme.ts';
import { copyEntry } from '../lib/entry-copy.ts';
import { en, errorWords } from '../strings/en.ts';

const t = en.quickSearch;

type Status = { kind: 'idle' } | { kind: 'copied'; clearsInSeconds: number | null } | { kind: 'error'; error: ErrorPayload };

/**
 * The quick-search popup (global shortcut): type to filter (the core filters, so secrets never
 * come here), ↑/↓ to choose, Enter copies the chosen password in the host and hides the popup,
 * Esc hides it.
 */
export function QuickSearch() {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<QuickSearchHit[]>([]);
  const [selected, setSelected] = useState(0);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => applyTheme(rememberedTheme()), []);

  useEffect(() => {
    let current = true;
    void api()
      .shell.quickSearch({ query })
      .then((r) => {
        if (!current) return;
        if (r.ok) {
          setHits(r.value);
          setSelected(0);
          setStatus({ kind: 'idle' });
        } else {
          setHits([]);
          setStatus({ kind: 'error', error: r.error });
        }
      });
    return () => {
      current = false;
    };
  }, [query]);

  // Every time the popup is shown again, start from a clean, focused field.
  useEffect(() => {
    const onFocus = () => inputRef.current?.focus();
    window.addEventListener('focus', onFocus);
    inputRef.current?.focus();
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  const hide = useCallback(() => {
    setQuery('');
    setStatus({ kind: 'idle' });
    void api().shell.hideQuickSearch();
  }, []);

  const copySelected = useCallback(async () => {
    const hit = hits[selected];
    if (!hit) return;
    const outcome = await copyEntry(hit.id);
    if (!outcome.ok) {
      setStatus({ kind: 'error', error: { code: 'CLIPBOARD_UNAVAILABLE', message: en.errorsGeneric.copyFailed } });
      return;
    }
    setStatus({ kind: 'copied', clearsInSeconds: outcome.clearsInSeconds });
    void api().shell.hideQuickSearch();
  }, [hits, selected]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setSelected((i) => Math.min(i + 1, Math.max(hits.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setSelected((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void copySelected();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      hide();
    }
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
        value={query}
        onChange={(e) => setQuery(e.target.value)}
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
            onMouseEnter={() => setSelected(index)}
            onClick={() => {
              setSelected(index);
              void copySelected();
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
