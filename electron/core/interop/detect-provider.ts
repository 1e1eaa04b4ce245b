import { getDomain } from 'tldts';
import type { Provider } from '../../contract/calls/providers.ts';
import { allProviders } from '../providers/index.ts';

function registrable(host: string): string | null {
  return getDomain(host.toLowerCase(), { allowPrivateDomains: false });
}

function hostOf(uri: string): string | null {
  const text = uri.trim();
  if (text === '') return null;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`).hostname || null;
  } catch {
    return null;
  }
}

function providerDomains(p: Provider): Set<string> {
  const hosts = [p.appPasswords.pageUrl, ...[...p.servers.imap, ...p.servers.pop3, ...p.servers.smtp].map((s) => s.host)]
    .map((h) => registrable(hostOf(h) ?? ''))
    .filter((d): d is string => d !== null);
  return new Set([...p.domains, ...p.mxDomains, ...hosts]);
}

/**
 * The catalog provider an imported login belongs to: by the registrable domain of its URIs (the
 * provider's address domains, MX domains, app-password page and servers), then by the account's
 * address domain; 'custom' when nothing matches.
 */
export function detectProvider(uris: readonly string[], account: string, extra: readonly Provider[] = []): string {
  const providers = allProviders(extra).map((p) => ({ id: p.id, domains: providerDomains(p), own: new Set(p.domains) }));
  for (const uri of uris) {
    const host = hostOf(uri);
    const domain = host === null ? null : registrable(host);
    if (domain === null) continue;
    const found = providers.find((p) => p.own.has(domain)) ?? providers.find((p) => p.domains.has(domain));
    if (found !== undefined) return found.id;
  }
  const at = account.lastIndexOf('@');
  if (at > 0) {
    const domain = account.slice(at + 1).toLowerCase();
    const found = providers.find((p) => p.own.has(domain));
    if (found !== undefined) return found.id;
  }
  return 'custom';
}
