import type { Provider } from '../../contract/calls/providers.ts';
import type { EntrySummary } from '../../contract/calls/vault.ts';

/** Same account: addresses compare without case and surrounding space. */
export function sameAccount(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The entries an account-password change revokes: every live entry of that account at that provider,
 * when the provider is known to revoke app passwords on a password change (Google, Apple). Empty for
 * providers where they survive or nobody knows (the UI then does not offer the action).
 */
export function entriesRevokedByPasswordChange(entries: readonly EntrySummary[], account: string, provider: Provider): EntrySummary[] {
  if (provider.appPasswords.limits.revokedByPasswordChange !== true) return [];
  return entries.filter((e) => e.provider === provider.id && sameAccount(e.account, account) && e.trashedAt == null);
}
