import type { CatalogService } from '../../core/providers/catalog-update/index.ts';
import type { CliIO } from '../io.ts';

/** The catalog service for this run: the installed update (if any) loaded, APPPASS_TODAY honoured. */
export async function loadedCatalogService(io: CliIO): Promise<CatalogService> {
  const { CatalogService, catalogDir } = await import('../../core/providers/catalog-update/index.ts');
  const service = new CatalogService({ dir: catalogDir(io.env, io.platform, io.home), env: io.env });
  await service.ensureLoaded();
  return service;
}
