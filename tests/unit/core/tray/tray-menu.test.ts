import { describe, expect, it, vi } from 'vitest';
import { menuLabel, trayEntries, trayMenu, type TrayEntry, type TrayMenuItem } from '../../../../electron/core/tray/index.ts';
import { menuTemplate } from '../../../../electron/main/tray-menu-template.ts';

const entry = (id: string, account: string, over: Partial<TrayEntry> = {}): TrayEntry => ({
  id,
  title: `Entry ${id}`,
  account,
  favourite: false,
  lastUsedAt: null,
  ...over,
});

const labels = (items: TrayMenuItem[]): string[] => items.map((i) => (i.kind === 'separator' ? '---' : i.label));

describe('trayMenu', () => {
  it('locked: Unlock…, Open AppPass, Quit — and no entries, even if some are passed around', () => {
    expect(labels(trayMenu({ locked: true }))).toEqual(['Unlock…', '---', 'Open AppPass', 'Quit']);
  });

  it('unlocked: entries grouped by account, each with Copy password, then the fixed actions', () => {
    const menu = trayMenu({
      locked: false,
      entries: [
        entry('1', 'bob@icloud.com', { favourite: true, title: 'Mail on phone' }),
        entry('2', 'alice@gmail.com', { lastUsedAt: 100, title: 'Thunderbird' }),
        entry('3', 'alice@gmail.com', { favourite: true, title: 'Calendar sync' }),
        entry('4', 'carol@yahoo.com'), // neither favourite nor used: not shown
      ],
    });
    expect(labels(menu)).toEqual([
      'alice@gmail.com',
      'Calendar sync',
      'Thunderbird',
      'bob@icloud.com',
      'Mail on phone',
      '---',
      'Quick search…',
      'Generate and copy',
      'Lock now',
      '---',
      'Open AppPass',
      'Quit',
    ]);
    const sub = menu[1];
    expect(sub).toEqual({
      kind: 'submenu',
      label: 'Calendar sync',
      items: [{ kind: 'action', label: 'Copy password', action: { type: 'copy-password', entryId: '3' } }],
    });
    expect(menu[0]).toEqual({ kind: 'heading', label: 'alice@gmail.com' });
  });

  it('shows at most 10 entries: favourites first, then most recent', () => {
    const many = Array.from({ length: 30 }, (_, i) => entry(String(i), `acct${i % 3}`, { favourite: i < 4, lastUsedAt: i }));
    const shown = trayEntries(many);
    expect(shown).toHaveLength(10);
    expect(shown.slice(0, 4).every((e) => e.favourite)).toBe(true);
    expect(shown.slice(4).map((e) => e.id)).toEqual(['29', '28', '27', '26', '25', '24']);
    const menu = trayMenu({ locked: false, entries: many });
    expect(menu.filter((i) => i.kind === 'submenu')).toHaveLength(10);
  });

  it('unlocked with nothing to show: just the actions', () => {
    expect(labels(trayMenu({ locked: false, entries: [] }))).toEqual(['Quick search…', 'Generate and copy', 'Lock now', '---', 'Open AppPass', 'Quit']);
  });

  it('labels are one line, short, with & escaped', () => {
    expect(menuLabel('A & B\nC')).toBe('A && B C');
    expect(menuLabel('x'.repeat(100))).toHaveLength(60);
  });

  it('menuTemplate maps the model to Electron items and clicks to actions', () => {
    const onAction = vi.fn();
    const template = menuTemplate(trayMenu({ locked: false, entries: [entry('7', 'a@b.c', { favourite: true })] }), onAction);
    expect(template[0]).toEqual({ label: 'a@b.c', enabled: false });
    const submenu = template[1]?.submenu as Array<{ label: string; click: () => void }>;
    submenu[0]?.click();
    expect(onAction).toHaveBeenCalledWith({ type: 'copy-password', entryId: '7' });
    expect(template.some((t) => t.type === 'separator')).toBe(true);
  });
});
