import type { HandlersOf } from '../handler-types.ts';
import type { Services } from '../services.ts';

export function appHandlers(services: Services): HandlersOf<'app'> {
  return {
    'app.info': async () => ({
      version: services.version,
      platform: services.platform,
      // The vault's current file: openFile may have switched it since start.
      vaultPath: services.vault.path,
      canPickFiles: services.shell?.pickVaultFile !== undefined,
    }),
  };
}
