import type { EntrySummary } from '../../contract/calls/vault.ts';
import type { TrayEntry } from './tray-entry.ts';

/**
 * Vault entry summaries (no secrets) → what the tray and quick search show. Revoked entries are
 * left out: their password no longer works at the provider.
 */
export function trayEntriesFromSummaries(summaries: readonly EntrySummary[]): TrayEntry[] {
  return summaries
    .filter((s) => s.revoked === null)
    .map((s) => {
      const used = s.lastCopied === null ? Number.NaN : Date.parse(s.lastCopied);
      return {
        id: s.id,
        title: s.label.trim() !== '' ? s.label : s.provider,
        account: s.account,
        provider: s.provider,
        favourite: s.favourite,
        lastUsedAt: Number.isFinite(used) ? used : null,
      };
    });
}
