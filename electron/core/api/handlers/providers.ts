import { allProviders, catalogInUse, discover, getProvider } from '../../providers/index.ts';
import { catalogInfo } from '../../providers/catalog-info.ts';
import { todayIso } from '../../platform/today.ts';
import type { HandlersOf } from '../handler-types.ts';
import type { Services } from '../services.ts';

/** Provider catalog and discovery. Test providers (services.mail) come after the catalog's. Notes are worded for today. */
export function providersHandlers(services: Services): HandlersOf<'providers'> {
  const extra = services.mail?.testProviders ?? [];
  const today = () => todayIso();
  const settings = { autoCheck: false, updateUrl: 'https://apppass.example/catalog/catalog.json' };
  return {
    'providers.list': async () => {
      const day = today();
      return { today: day, catalog: catalogInfo(catalogInUse(), settings, day), providers: allProviders(extra, day) };
    },
    'providers.get': async ({ id }) => getProvider(id, extra, today()),
    'providers.detect': async ({ email }) => discover(email, { ...services.mail?.discovery, extraProviders: extra }),
    'providers.catalogStatus': async () => catalogInfo(catalogInUse(), settings, today()),
    'providers.updateCatalog': async () => ({ installed: false, catalog: catalogInfo(catalogInUse(), settings, today()) }),
    'providers.setCatalogSettings': async () => catalogInfo(catalogInUse(), settings, today()),
  };
}
