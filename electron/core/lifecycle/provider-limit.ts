import type { Provider } from '../../contract/calls/providers.ts';
import type { EntrySummary } from '../../contract/calls/vault.ts';
import type { ProviderUsage } from '../../contract/calls/lifecycle.ts';
import { sameAccount } from './account-revocation.ts';

/**
 * How many app passwords of this account AppPass holds (live, not revoked) against the provider's
 * limit from the catalog ("12 of 25 app passwords at Apple"); max is null when the limit is unknown.
 */
export function providerUsage(entries: readonly EntrySummary[], account: string, provider: Provider): ProviderUsage {
  const used = entries.filter((e) => e.provider === provider.id && sameAccount(e.account, account) && e.trashedAt == null && e.revoked === null).length;
  return { used, max: provider.appPasswords.limits.maxCount, providerName: provider.shortName };
}
