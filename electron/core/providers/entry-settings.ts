import type { Entry } from '../../contract/calls/vault.ts';
import type { AccountSettings, Provider, ResolvedServer } from '../../contract/calls/providers.ts';
import { AppError } from '../errors/index.ts';
import { allProviders } from './lookup.ts';
import { resolveSettings } from './resolve-settings.ts';

type EntryLike = Pick<Entry, 'id' | 'provider' | 'account' | 'server'>;

/**
 * The mail settings of a saved entry: its own server settings where it has them, else its
 * provider's catalog servers with the entry's address as user name. USAGE when neither exists.
 */
export function settingsForEntry(entry: EntryLike, extra: readonly Provider[] = []): { settings: AccountSettings; provider: Provider | null } {
  const provider = allProviders(extra).find((p) => p.id === entry.provider) ?? null;
  const fromCatalog = provider === null ? null : resolveSettings(entry.account, provider.servers, provider.shortName, provider.id);
  const own = entry.server;
  const incomingOwn: ResolvedServer | undefined =
    own?.imap !== undefined ? { protocol: 'imap', ...own.imap, username: own.imap.username || entry.account } : own?.pop3 !== undefined ? { protocol: 'pop3', ...own.pop3, username: own.pop3.username || entry.account } : undefined;
  const outgoingOwn: ResolvedServer | undefined = own?.smtp !== undefined ? { protocol: 'smtp', ...own.smtp, username: own.smtp.username || entry.account } : undefined;
  const incoming = incomingOwn ?? fromCatalog?.incoming;
  const outgoing = outgoingOwn ?? fromCatalog?.outgoing;
  if (incoming === undefined || outgoing === undefined) {
    throw new AppError('USAGE', `Entry ${entry.id} has no server settings and its provider "${entry.provider}" is not in the catalog. Add the servers to the entry first.`, {
      details: { id: entry.id },
    });
  }
  return { settings: { email: entry.account, displayName: provider?.shortName ?? entry.account.split('@').pop() ?? entry.account, providerId: provider?.id ?? null, incoming, outgoing }, provider };
}
