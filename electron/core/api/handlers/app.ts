import type { HandlersOf } from '../handler-types.ts';
import type { Services } from '../services.ts';

export function appHandlers(services: Services): HandlersOf<'app'> {
  return {
    'app.info': async () => ({
      version: services.version,
      platform: services.platform,
      vaultPath: services.vaultPath,
    }),
  };
}
