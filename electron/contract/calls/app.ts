import { z } from 'zod';
import { call } from '../define-call.ts';

export interface AppInfo {
  /** AppPass's version from package.json. */
  version: string;
  /** Node's `process.platform` of the machine running the core. */
  platform: string;
  /** Absolute path of the vault file this app instance uses. */
  vaultPath: string;
  /** True when this host can show a native "open file" dialog (shell.pickVaultFile); the browser host cannot. */
  canPickFiles: boolean;
}

export const appCalls = {
  'app.info': call<AppInfo>()(z.undefined()),
};
