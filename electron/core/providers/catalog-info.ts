import type { CatalogInfo } from '../../contract/calls/providers.ts';
import { daysBetween } from '../platform/today.ts';
import type { CatalogInUse } from './catalog-in-use.ts';

/** Automatic checks and the URL for updates, as the user set them (catalog-update/catalog-settings-file.ts). */
export interface CatalogSettings {
  autoCheck: boolean;
  updateUrl: string;
}

/** The status of a catalog in use, judged on `today`. */
export function catalogInfo(inUse: CatalogInUse, settings: CatalogSettings, today: string): CatalogInfo {
  const { catalog } = inUse;
  return {
    version: catalog.version,
    date: catalog.date,
    expires: catalog.expires,
    origin: inUse.origin,
    ageDays: Math.max(0, daysBetween(catalog.date, today)),
    expired: daysBetween(catalog.expires, today) > 0,
    updateSource: inUse.updateSource,
    installedOn: inUse.installedOn,
    storedUpdateIgnored: inUse.storedUpdateIgnored,
    autoCheck: settings.autoCheck,
    updateUrl: settings.updateUrl,
    today,
  };
}
