import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { EntrySummary } from '../../../../electron/contract/calls/vault.ts';
import { ProviderAvatar } from '../../components/index.ts';
import { daysSince, relativeTime } from '../../lib/time.ts';
import { en } from '../../strings/en.ts';
import type { VaultRow } from './vault-rows.ts';

interface Props {
  rows: readonly VaultRow<EntrySummary>[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Ctrl/Cmd+C on a row copies that entry's app password. */
  onCopy: (id: string) => void;
  providerName: (id: string) => string;
  /** Bumped by the search field (↓ or Enter): focus moves to the selected row. */
  focusSignal?: number;
}

const GROUP_HEIGHT = 32;
const ROW_HEIGHT = 58;

/** The vault list: virtualised (only visible rows exist in the DOM), arrow keys move the selection. */
export function EntryList({ rows, selectedId, onSelect, onCopy, providerName, focusSignal = 0 }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.kind === 'group' ? GROUP_HEIGHT : ROW_HEIGHT),
    overscan: 8,
  });
  const selectedIndex = rows.findIndex((r) => r.kind === 'entry' && r.entry.id === selectedId);
  const firstEntry = rows.findIndex((r) => r.kind === 'entry');
  const tabbable = selectedIndex >= 0 ? selectedIndex : firstEntry;
  const focusPending = useRef(false);

  useEffect(() => {
    virtualizer.measure();
  }, [rows, virtualizer]);

  useEffect(() => {
    if (!focusPending.current || selectedIndex < 0) return;
    focusPending.current = false;
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    window.requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${selectedIndex}"]`)?.focus());
  }, [selectedIndex, virtualizer]);

  useEffect(() => {
    if (focusSignal === 0 || selectedIndex < 0) return;
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    window.requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${selectedIndex}"]`)?.focus());
    // Only a new signal moves focus, not a new selection.
  }, [focusSignal]);

  const move = (from: number, step: number) => {
    let i = from + step;
    while (i >= 0 && i < rows.length && rows[i]?.kind !== 'entry') i += step;
    const row = rows[i];
    if (row?.kind === 'entry') {
      focusPending.current = true;
      onSelect(row.entry.id);
    }
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const row = rows[index];
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'c' && row?.kind === 'entry') {
      event.preventDefault();
      onSelect(row.entry.id);
      onCopy(row.entry.id);
      return;
    }
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(index, 1),
      ArrowUp: () => move(index, -1),
      Home: () => move(-1, 1),
      End: () => move(rows.length, -1),
      PageDown: () => move(Math.min(rows.length - 1, index + 8) - 1, 1),
      PageUp: () => move(Math.max(0, index - 8) + 1, -1),
    };
    const run = keys[event.key];
    if (run) {
      event.preventDefault();
      run();
    }
  };

  return (
    <div className="list-scroll" ref={scrollRef} data-testid="entry-list" aria-label={en.vault.title}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          if (row.kind === 'group') {
            return (
              <div
                key={`g-${row.account}`}
                className="group-head"
                role="heading"
                aria-level={3}
                style={{ top: item.start, height: item.size }}
                data-testid="entry-group"
              >
                {row.account} <span className="muted">· {row.count}</span>
              </div>
            );
          }
          const e = row.entry;
          const age = daysSince(e.created);
          const copied = relativeTime(e.lastCopied);
          const pname = providerName(e.provider);
          return (
            <button
              type="button"
              key={e.id}
              data-index={item.index}
              className="entry-row"
              style={{ top: item.start, height: item.size }}
              aria-current={e.id === selectedId ? 'true' : undefined}
              tabIndex={item.index === tabbable ? 0 : -1}
              aria-keyshortcuts='Control+C'
              onClick={() => onSelect(e.id)}
              onKeyDown={(ev) => onKeyDown(ev, item.index)}
              data-testid="entry-row"
              data-entry-id={e.id}
            >
              <ProviderAvatar provider={e.provider} name={pname} />
              <span className="main-text">
                <span className="title" style={{ display: 'block' }}>
                  {e.favourite && (
                    <>
                      <span className="fav" aria-hidden="true">★ </span>
                      <span className="visually-hidden">{en.vault.favourite}: </span>
                    </>
                  )}
                  {e.label || e.account}
                  {e.revoked && <span className="badge danger" style={{ marginLeft: 6 }}>{en.vault.revoked}</span>}
                </span>
                <span className="sub" style={{ display: 'block' }}>
                  {pname} · {age === null ? '' : en.vault.age(age)} · {copied ? en.vault.copiedAgo(copied) : en.vault.neverCopied}
                </span>
              </span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
