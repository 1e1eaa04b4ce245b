import type { Provider, ProviderData } from '../../contract/calls/providers.ts';
import { AppError } from '../errors/index.ts';
import { todayIso } from '../platform/today.ts';
import { catalogInUse } from './catalog-in-use.ts';
import { providerForToday } from './dated-notes.ts';

/**
 * The catalog's providers, then any extra (test) providers, an extra one with a catalog id
 * replacing it; every note worded for `today` (APPPASS_TODAY or the clock).
 */
export function allProviders(extra: readonly ProviderData[] = [], today: string = todayIso()): Provider[] {
  const ids = new Set(extra.map((p) => p.id));
  return [...catalogInUse().catalog.providers.filter((p) => !ids.has(p.id)), ...extra].map((p) => providerForToday(p, today));
}

/** The provider with this id; UNKNOWN_PROVIDER otherwise. */
export function getProvider(id: string, extra: readonly ProviderData[] = [], today?: string): Provider {
  const all = allProviders(extra, today);
  const found = all.find((p) => p.id === id);
  if (found === undefined) {
    const ids = all.map((p) => p.id).join(', ');
    throw new AppError('UNKNOWN_PROVIDER', `There is no provider with id "${id.slice(0, 40)}". Known ids: ${ids}.`, { details: { id: id.slice(0, 40) } });
  }
  return found;
}

/**
 * The provider that hosts addresses at `domain`: an exact match of its domains, or a subdomain of
 * one of its `subdomainsOf` parents (contoso.onmicrosoft.com → Microsoft 365). Case-insensitive.
 */
export function providerForDomain(domain: string, extra: readonly ProviderData[] = [], today?: string): Provider | undefined {
  const d = domain.toLowerCase();
  const all = allProviders(extra, today);
  return all.find((p) => p.domains.includes(d)) ?? all.find((p) => (p.subdomainsOf ?? []).some((parent) => d.endsWith(`.${parent}`)));
}

/**
 * The provider whose mail servers the MX host belongs to: a catalog `mxDomains` entry equal to the
 * host or a parent of it, the longest (most specific) entry winning. So
 * `contoso-com.mail.protection.outlook.com` is Microsoft 365 and `example-com.olc.protection.outlook.com`
 * is Outlook.com, although both live under outlook.com (ISPDB tells them apart the same way).
 */
export function providerForMx(mxHost: string, extra: readonly ProviderData[] = [], today?: string): Provider | undefined {
  const host = mxHost.toLowerCase().replace(/\.$/, '');
  let best: { provider: Provider; length: number } | undefined;
  for (const provider of allProviders(extra, today)) {
    for (const d of provider.mxDomains) {
      if ((host === d || host.endsWith(`.${d}`)) && (best === undefined || d.length > best.length)) best = { provider, length: d.length };
    }
  }
  return best?.provider;
}
