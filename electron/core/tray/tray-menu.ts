import type { TrayEntry } from './tray-entry.ts';

/** Everything a tray click can ask the host to do. */
export type TrayAction =
  | { type: 'unlock' }
  | { type: 'open' }
  | { type: 'quit' }
  | { type: 'copy-password'; entryId: string }
  | { type: 'quick-search' }
  | { type: 'generate-and-copy' }
  | { type: 'lock' };

/** A host-neutral menu; electron/main turns it into a Menu template. */
export type TrayMenuItem =
  | { kind: 'action'; label: string; action: TrayAction }
  | { kind: 'heading'; label: string }
  | { kind: 'submenu'; label: string; items: TrayMenuItem[] }
  | { kind: 'separator' };

export type TrayState = { locked: true } | { locked: false; entries: readonly TrayEntry[] };

export const TRAY_ENTRY_LIMIT = 10;

/**
 * Favourites first (by title), then the most recently used; at most `limit`, no entry twice.
 */
export function trayEntries(entries: readonly TrayEntry[], limit = TRAY_ENTRY_LIMIT): TrayEntry[] {
  const favourites = entries.filter((e) => e.favourite).sort((a, b) => a.title.localeCompare(b.title));
  const recent = entries
    .filter((e) => !e.favourite && e.lastUsedAt !== null)
    .sort((a, b) => (b.lastUsedAt ?? 0) - (a.lastUsedAt ?? 0) || a.title.localeCompare(b.title));
  return [...favourites, ...recent].slice(0, Math.max(0, limit));
}

const tail: TrayMenuItem[] = [
  { kind: 'action', label: 'Open AppPass', action: { type: 'open' } },
  { kind: 'action', label: 'Quit', action: { type: 'quit' } },
];

/**
 * The tray menu as a pure function of state. Locked: "Unlock…", "Open AppPass", "Quit".
 * Unlocked: up to 10 favourite/recent entries grouped under their account, each a submenu with
 * "Copy password", then "Quick search…", "Generate and copy", "Lock now", "Open AppPass", "Quit".
 */
export function trayMenu(state: TrayState): TrayMenuItem[] {
  if (state.locked) {
    return [{ kind: 'action', label: 'Unlock…', action: { type: 'unlock' } }, { kind: 'separator' }, ...tail];
  }
  const shown = trayEntries(state.entries);
  const byAccount = new Map<string, TrayEntry[]>();
  for (const entry of shown) {
    const list = byAccount.get(entry.account) ?? [];
    list.push(entry);
    byAccount.set(entry.account, list);
  }
  const items: TrayMenuItem[] = [];
  for (const [account, list] of [...byAccount].sort(([a], [b]) => a.localeCompare(b))) {
    items.push({ kind: 'heading', label: menuLabel(account) });
    for (const entry of list) {
      items.push({
        kind: 'submenu',
        label: menuLabel(entry.title),
        items: [{ kind: 'action', label: 'Copy password', action: { type: 'copy-password', entryId: entry.id } }],
      });
    }
  }
  if (items.length > 0) items.push({ kind: 'separator' });
  items.push(
    { kind: 'action', label: 'Quick search…', action: { type: 'quick-search' } },
    { kind: 'action', label: 'Generate and copy', action: { type: 'generate-and-copy' } },
    { kind: 'action', label: 'Lock now', action: { type: 'lock' } },
    { kind: 'separator' },
    ...tail,
  );
  return items;
}

/** Menu labels: one line, "&" doubled (Windows/Linux mnemonics), at most 60 characters. */
export function menuLabel(text: string): string {
  const oneLine = text.replace(/[\r\n\t]+/g, ' ').trim();
  const short = oneLine.length > 60 ? `${oneLine.slice(0, 59)}…` : oneLine;
  return short.replace(/&/g, '&&');
}
