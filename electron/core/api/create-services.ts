import type { Services } from './services.ts';
import { VaultService } from '../vault/index.ts';

/** What a host knows that the core cannot: where things are and who it is. */
export interface HostOptions {
  version: string;
  platform: string;
  vaultPath: string;
}

/**
 * Builds the services every host (Electron main, the browser host, tests) hands to
 * createHandlers, so that all hosts run the same core the same way. Areas add their service here.
 */
export function createServices(host: HostOptions): Services {
  return {
    version: host.version,
    platform: host.platform,
    vaultPath: host.vaultPath,
    vault: new VaultService(host.vaultPath),
  };
}
