import { homedir } from 'node:os';
import type { Services } from './services.ts';
import { CatalogService, catalogDir } from '../providers/catalog-update/index.ts';
import { VaultService } from '../vault/index.ts';
import { AgentService, localAgentSocket } from '../agent/index.ts';
import { createOsKeychainStore, KeychainService, type KeychainStore } from '../keychain/index.ts';
import { loadLocalDevice } from '../sync/device-identity.ts';
import type { LocalDevice } from '../sync/local-changes.ts';
import { SyncRuns } from '../sync/sync-runs.ts';

/** What a host knows that the core cannot: where things are and who it is. */
export interface HostOptions {
  version: string;
  platform: string;
  vaultPath: string;
  /** Makes the keychain store for quick unlock (default: the OS keychain; tests pass a fake). */
  keychainStore?: (platform: NodeJS.Platform) => KeychainStore;
  /** Environment read by the core (APPPASS_TODAY, APPPASS_CATALOG_KEY, APPPASS_CATALOG_DIR); default process.env. */
  env?: NodeJS.ProcessEnv;
}

/**
 * Builds the services every host (Electron main, the browser host, tests) hands to
 * createHandlers, so that all hosts run the same core the same way. Areas add their service here.
 */
export function createServices(host: HostOptions): Services {
  let device: Promise<LocalDevice> | null = null; // this computer's id for vault format 3, read on first unlock
  const vault = new VaultService(host.vaultPath, { device: () => (device ??= loadLocalDevice(host.env ?? process.env, host.platform as NodeJS.Platform, homedir())) });
  const store = (host.keychainStore ?? createOsKeychainStore)(host.platform as NodeJS.Platform);
  return {
    version: host.version,
    platform: host.platform,
    vaultPath: host.vaultPath,
    vault,
    keychain: new KeychainService({ vault, store }),
    agent: new AgentService({ vault, location: localAgentSocket(host.env ?? process.env) }),
    catalog: catalogServiceFor(host),
    syncRuns: new SyncRuns(),
  };
}

function catalogServiceFor(host: HostOptions): CatalogService {
  const env = host.env ?? process.env;
  return new CatalogService({ dir: catalogDir(env, host.platform as NodeJS.Platform, homedir()), env });
}
