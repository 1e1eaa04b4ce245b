import type { Services } from './services.ts';
import { VaultService } from '../vault/index.ts';
import { createOsKeychainStore, KeychainService, type KeychainStore } from '../keychain/index.ts';

/** What a host knows that the core cannot: where things are and who it is. */
export interface HostOptions {
  version: string;
  platform: string;
  vaultPath: string;
  /** Makes the keychain store for quick unlock (default: the OS keychain; tests pass a fake). */
  keychainStore?: (platform: NodeJS.Platform) => KeychainStore;
}

/**
 * Builds the services every host (Electron main, the browser host, tests) hands to
 * createHandlers, so that all hosts run the same core the same way. Areas add their service here.
 */
export function createServices(host: HostOptions): Services {
  const services: Services = {
    version: host.version,
    platform: host.platform,
    vaultPath: host.vaultPath,
    vault: new VaultService(host.vaultPath),
  };
  if (services.vault) {
    const store = (host.keychainStore ?? createOsKeychainStore)(host.platform as NodeJS.Platform);
    services.keychain = new KeychainService({ vault: services.vault, store });
  }
  return services;
}
