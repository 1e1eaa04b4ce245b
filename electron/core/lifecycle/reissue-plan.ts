import type { Provider } from '../../contract/calls/providers.ts';
import type { EntrySummary } from '../../contract/calls/vault.ts';
import type { ReissuePlan } from '../../contract/calls/lifecycle.ts';
import { sameAccount } from './account-revocation.ts';

/**
 * The walk-through after an account-password change: one step per device (entry) that still needs a
 * new app password — open the provider's page, paste, test, done. Re-issuing an entry clears its
 * revoked mark, so it leaves the plan.
 */
export function reissuePlan(entries: readonly EntrySummary[], account: string, provider: Provider): ReissuePlan {
  const steps = entries
    .filter((e) => e.provider === provider.id && sameAccount(e.account, account) && e.trashedAt == null && e.revokedReason === 'password-change')
    .map((e) => ({ entryId: e.id, label: e.label, devices: e.devices ?? [] }));
  return { account, providerId: provider.id, providerName: provider.shortName, pageUrl: provider.appPasswords.pageUrl, steps };
}
