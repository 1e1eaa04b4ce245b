import type { Catalog, CatalogInfo } from '../../contract/calls/providers.ts';
import { CATALOG } from './catalog/index.ts';

/** The catalog this process uses, and where it came from. */
export interface CatalogInUse {
  catalog: Catalog;
  origin: CatalogInfo['origin'];
  /** URL or file of an installed update; null for the built-in catalog. */
  updateSource: string | null;
  installedOn: string | null;
  /** Why a stored update was passed over at load time, or null. */
  storedUpdateIgnored: string | null;
}

export const BUILT_IN: CatalogInUse = { catalog: CATALOG, origin: 'built-in', updateSource: null, installedOn: null, storedUpdateIgnored: null };

let current: CatalogInUse = BUILT_IN;

/**
 * The catalog every lookup reads: the built-in one until a verified update is loaded or installed
 * (catalog-update/catalog-service.ts). One per process; switching is a single assignment, so a
 * lookup sees the old catalog or the new one, never a mix.
 */
export function catalogInUse(): CatalogInUse {
  return current;
}

export function setCatalogInUse(next: CatalogInUse): void {
  current = next;
}
