import { join } from 'node:path';

/** The vault file named by APPPASS_VAULT, or null when it is unset or empty. */
export function envVaultPath(env: NodeJS.ProcessEnv): string | null {
  const fromEnv = env['APPPASS_VAULT'];
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : null;
}

/**
 * Where the vault lives when no --vault is given: APPPASS_VAULT if set, else the platform's
 * app-data folder (the same folder Electron's app.getPath('userData') resolves to for "AppPass").
 */
export function defaultVaultPath(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  const fromEnv = envVaultPath(env);
  if (fromEnv !== null) return fromEnv;
  if (platform === 'win32') return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), 'AppPass', 'vault.apppass');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'AppPass', 'vault.apppass');
  const config = env['XDG_CONFIG_HOME'];
  return join(config !== undefined && config !== '' ? config : join(home, '.config'), 'AppPass', 'vault.apppass');
}
