import { CATALOG, allProviders, discover, getProvider } from '../../providers/index.ts';
import type { HandlersOf } from '../handler-types.ts';
import type { Services } from '../services.ts';

/** Provider catalog and discovery. Test providers (services.mail) come after the catalog's. */
export function providersHandlers(services: Services): HandlersOf<'providers'> {
  const extra = services.mail?.testProviders ?? [];
  return {
    'providers.list': async () => ({ lastVerified: CATALOG.lastVerified, providers: allProviders(extra) }),
    'providers.get': async ({ id }) => getProvider(id, extra),
    'providers.detect': async ({ email }) => discover(email, { ...services.mail?.discovery, extraProviders: extra }),
  };
}
