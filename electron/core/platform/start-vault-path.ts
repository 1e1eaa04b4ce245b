import { defaultVaultPath } from './default-vault-path.ts';

/**
 * The vault file a host opens at start: APPPASS_VAULT if set, else the file the user last opened
 * (remembered by the host, see vault-location-file.ts), else the platform's default.
 */
export function startVaultPath(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string, remembered: string | null): string {
  const fromEnv = env['APPPASS_VAULT'];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (remembered !== null) return remembered;
  return defaultVaultPath(env, platform, home);
}
