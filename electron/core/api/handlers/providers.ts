import { AppError } from '../../errors/index.ts';
import { todayIso } from '../../platform/today.ts';
import { allProviders, catalogInUse, discover, getProvider, providerForToday } from '../../providers/index.ts';
import { catalogInfo } from '../../providers/catalog-info.ts';
import { DEFAULT_CATALOG_URL, readSignedCatalogFile, uploadedSignedCatalog } from '../../providers/catalog-update/index.ts';
import { chooseFile, fileGrantsOf } from '../file-choices.ts';
import type { HandlersOf } from '../handler-types.ts';
import { knownMailServersOf } from './mail.ts';
import type { Services } from '../services.ts';

/**
 * Provider catalog, discovery and catalog updates. Test providers (services.testMail) come after the
 * catalog's. Every note is worded for the catalog service's today (APPPASS_TODAY or the clock).
 */
export function providersHandlers(services: Services): HandlersOf<'providers'> {
  const extra = services.testMail?.testProviders ?? [];
  const catalog = services.catalog;
  const today = () => catalog?.today() ?? todayIso();
  const loaded = async () => {
    await catalog?.ensureLoaded();
    return today();
  };
  const status = async () => catalog?.status() ?? catalogInfo(catalogInUse(), { autoCheck: false, updateUrl: DEFAULT_CATALOG_URL }, today());
  const noCatalog = () => new AppError('USAGE', 'This host has no catalog service, so the catalog cannot be updated here.');
  return {
    'providers.list': async () => {
      const day = await loaded();
      // Automatic checks run only when the user turned them on (off by default), at most weekly, in the background.
      void catalog?.autoCheckIfDue().catch(() => undefined);
      return { today: day, catalog: await status(), providers: allProviders(extra, day) };
    },
    'providers.get': async ({ id }) => getProvider(id, extra, await loaded()),
    'providers.detect': async ({ email }) => {
      const day = await loaded();
      const found = await discover(email, { ...services.testMail?.discovery, extraProviders: extra });
      knownMailServersOf(services).remember(found.servers); // mail.check may use them without asking (M5)
      return { ...found, provider: found.provider === null ? null : providerForToday(found.provider, day) };
    },
    'providers.catalogStatus': status,
    'providers.pickCatalogFile': async () => {
      const pick = services.shell?.pickCatalogPath;
      return chooseFile(services, 'read-catalog', pick && (() => pick()));
    },
    'providers.updateCatalog': async ({ from, grant, upload }) => {
      if (catalog === undefined) throw noCatalog();
      // No path from the renderer (H2): an https URL, a file the host's dialog granted, or uploaded bytes.
      if (grant !== undefined) return catalog.update(await readSignedCatalogFile(fileGrantsOf(services).take(grant, 'read-catalog')));
      if (upload !== undefined) return catalog.update(uploadedSignedCatalog(upload));
      return catalog.update(from); // the schema takes only https:// here
    },
    'providers.setCatalogSettings': async ({ autoCheck, updateUrl }) => {
      if (catalog === undefined) throw noCatalog();
      return catalog.setSettings({ autoCheck, updateUrl });
    },
  };
}
