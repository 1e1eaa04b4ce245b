import { dirname } from 'node:path';
import { defaultVaultPath } from '../core/platform/default-vault-path.ts';

/** Names the browser host's state folder (where it remembers the vault file last opened). */
export const STATE_DIR_ENV = 'APPPASS_STATE_DIR';

/**
 * The browser host's state folder: APPPASS_STATE_DIR if set, else the folder of the vault it would
 * open by default (APPPASS_VAULT's folder, or the platform's AppPass folder).
 */
export function browserHostStateDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  const fromEnv = env[STATE_DIR_ENV];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  return dirname(defaultVaultPath(env, platform, home));
}
