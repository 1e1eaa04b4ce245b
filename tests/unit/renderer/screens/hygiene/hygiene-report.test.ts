import { describe, expect, it } from 'vitest';
import type { Provider } from '../../../../../electron/contract/calls/providers.ts';
import type { EntrySummary } from '../../../../../electron/contract/calls/vault.ts';
import { buildHygieneReport, OLD_AFTER_DAYS } from '../../../../../renderer/src/screens/hygiene/hygiene-report.ts';

const NOW = Date.parse('2026-11-24T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW - d * 86_400_000).toISOString();

function entry(id: string, over: Partial<EntrySummary> = {}): EntrySummary {
  return { id, provider: 'gmail', account: 'a@gmail.com', label: 'Phone', created: daysAgo(10), updated: daysAgo(10), lastCopied: daysAgo(1), revoked: null, notes: '', tags: [], favourite: false, ...over };
}

const gmail = {
  id: 'gmail',
  notes: [
    { date: '2026-01-01', text: 'Older note about Gmail app passwords.', sourceUrl: 'https://support.google.com/x', confidence: 'confirmed' },
    { date: '2026-06-01', text: 'Newer note about Gmail app passwords.', sourceUrl: 'https://support.google.com/y', confidence: 'reported' },
  ],
} as unknown as Provider;
const byId = (id: string) => (id === 'gmail' ? gmail : undefined);

describe('hygiene report', () => {
  it('sorts entries into old, never copied, revoked and shared', () => {
    const report = buildHygieneReport(
      [
        entry('old', { created: daysAgo(OLD_AFTER_DAYS + 1) }),
        entry('young', { created: daysAgo(OLD_AFTER_DAYS - 1) }),
        entry('unused', { lastCopied: null }),
        entry('gone', { revoked: daysAgo(2), lastCopied: null, created: daysAgo(900) }),
        entry('two', { label: 'iPhone, iPad' }),
        entry('two-b', { label: 'Mac and iPhone' }),
        entry('one', { label: 'Brand-new laptop' }),
      ],
      byId,
      NOW,
    );
    expect(report.old.map((e) => e.id)).toEqual(['old']);
    expect(report.neverCopied.map((e) => e.id)).toEqual(['unused']);
    expect(report.revoked.map((e) => e.id)).toEqual(['gone']);
    expect(report.shared.map((e) => e.id)).toEqual(['two', 'two-b']);
  });

  it('lists provider notes for providers with live entries, newest first, with the entry count', () => {
    const report = buildHygieneReport([entry('1'), entry('2'), entry('3', { provider: 'custom' }), entry('4', { revoked: daysAgo(1) })], byId, NOW);
    expect(report.warnings.map((w) => [w.note.date, w.entries])).toEqual([
      ['2026-06-01', 2],
      ['2026-01-01', 2],
    ]);
  });

  it('has no warnings when every entry of a provider is revoked', () => {
    expect(buildHygieneReport([entry('1', { revoked: daysAgo(1) })], byId, NOW).warnings).toEqual([]);
  });
});
