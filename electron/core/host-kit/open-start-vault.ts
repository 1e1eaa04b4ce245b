import { join } from 'node:path';
import { createServices, type HostOptions } from '../api/create-services.ts';
import type { Services } from '../api/services.ts';
import { startVaultPath } from '../platform/start-vault-path.ts';
import { loadVaultLocation, rememberVaultLocation, VAULT_LOCATION_FILE } from '../platform/vault-location-file.ts';
import type { HostLog } from './host-log.ts';

export interface StartVaultOptions extends Omit<HostOptions, 'vaultPath' | 'env'> {
  /** The environment the host runs in (APPPASS_VAULT, and what the core reads: see HostOptions.env). */
  env: NodeJS.ProcessEnv;
  home: string;
  /** The host's own state folder (Electron: userData), where the vault file last opened is remembered. */
  stateDir: string;
  log: HostLog;
}

/**
 * Opens the vault a host starts on, the same way in both hosts: APPPASS_VAULT, else the file the
 * user last opened (remembered in the state folder), else the platform default; then keeps
 * remembering the file whenever vault.openFile switches it. Returns the services over it.
 */
export async function openStartVault(options: StartVaultOptions): Promise<Services> {
  const locationFile = join(options.stateDir, VAULT_LOCATION_FILE);
  const { home, stateDir: _stateDir, log, ...host } = options;
  const services = createServices({
    ...host,
    vaultPath: startVaultPath(host.env, host.platform as NodeJS.Platform, home, await loadVaultLocation(locationFile)),
  });
  rememberVaultLocation(services.vault, locationFile, (message) => log.warn(message));
  return services;
}
