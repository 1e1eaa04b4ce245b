import type { Provider } from '../../contract/calls/providers.ts';
import type { EntryLifecycle } from '../../contract/calls/lifecycle.ts';
import type { EntrySummary } from '../../contract/calls/vault.ts';
import { daysBetween } from './clock.ts';
import { providerUsage } from './provider-limit.ts';
import { refusedSinceLastOk } from './sign-in-record.ts';

/**
 * Where one entry's app password stands: its age, its last sign-ins, the devices using it (its label,
 * its listed devices, and the labels of entries holding the same password) and the provider's limit.
 */
export function entryLifecycle(
  entry: EntrySummary,
  entries: readonly EntrySummary[],
  provider: Provider | undefined,
  sharedGroups: readonly (readonly string[])[],
  now: Date,
): EntryLifecycle {
  const sharing = sharedGroups.find((group) => group.includes(entry.id)) ?? [];
  const others = entries.filter((e) => e.id !== entry.id && sharing.includes(e.id)).map((e) => e.label);
  const devices = [...new Set([entry.label, ...(entry.devices ?? []), ...others].map((d) => d.trim()).filter((d) => d !== ''))];
  return {
    ageDays: daysBetween(entry.created, now),
    signIn: entry.signIn ?? null,
    checksStopped: refusedSinceLastOk(entry.signIn),
    devices,
    usage: provider ? providerUsage(entries, entry.account, provider) : null,
    revokedByPasswordChange: provider ? provider.appPasswords.limits.revokedByPasswordChange : null,
  };
}
