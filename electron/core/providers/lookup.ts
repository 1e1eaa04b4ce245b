import type { Provider } from '../../contract/calls/providers.ts';
import { AppError } from '../errors/index.ts';
import { CATALOG } from './catalog/index.ts';

/** The catalog's providers, then any extra (test) providers; an extra one with a catalog id replaces it. */
export function allProviders(extra: readonly Provider[] = []): Provider[] {
  const ids = new Set(extra.map((p) => p.id));
  return [...CATALOG.providers.filter((p) => !ids.has(p.id)), ...extra];
}

/** The provider with this id; UNKNOWN_PROVIDER otherwise. */
export function getProvider(id: string, extra: readonly Provider[] = []): Provider {
  const found = allProviders(extra).find((p) => p.id === id);
  if (found === undefined) {
    const ids = allProviders(extra).map((p) => p.id).join(', ');
    throw new AppError('UNKNOWN_PROVIDER', `There is no provider with id "${id.slice(0, 40)}". Known ids: ${ids}.`, { details: { id: id.slice(0, 40) } });
  }
  return found;
}

/** The provider that hosts addresses at `domain` (exact match, lower case), if any. */
export function providerForDomain(domain: string, extra: readonly Provider[] = []): Provider | undefined {
  const d = domain.toLowerCase();
  return allProviders(extra).find((p) => p.domains.includes(d));
}

/** The provider whose MX hosts live under `registrableDomain` (e.g. google.com → gmail). */
export function providerForMx(registrableDomain: string, extra: readonly Provider[] = []): Provider | undefined {
  const d = registrableDomain.toLowerCase();
  return allProviders(extra).find((p) => p.mxDomains.includes(d));
}
