import { defaultVaultPath, envVaultPath } from './default-vault-path.ts';

/**
 * The vault file a host opens at start: APPPASS_VAULT if set, else the file the user last opened
 * (remembered by the host, see vault-location-file.ts), else the platform's default.
 */
export function startVaultPath(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string, remembered: string | null): string {
  return envVaultPath(env) ?? remembered ?? defaultVaultPath(env, platform, home);
}
