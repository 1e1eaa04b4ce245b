import type { KdfParams } from '../kdf/index.ts';
import type { ClipboardGuard } from '../clipboard/index.ts';
import type { ShellService } from '../shell/index.ts';
import type { VaultService } from '../vault/index.ts';
import type { KeychainService } from '../keychain/index.ts';
import type { MailServices } from '../mail/mail-services.ts';
/**
 * Everything the handler table needs from the world. Each host (Electron main, the browser host,
 * tests) builds one. Areas add their own fields; keep it plain data and core objects, never
 * Electron types.
 */
export interface Services {
  /** AppPass's version (package.json). */
  version: string;
  /** `process.platform` of the machine running the core. */
  platform: string;
  /** Absolute path of the vault file at start; `vault.path` is the current one (vault.openFile switches it). */
  vaultPath: string;
  /** Measures Argon2id cost on this machine (tests inject a fixed result). */
  calibrateKdf?: () => Promise<KdfParams>;
  /** The clipboard guard over the host's ClipboardPort (absent on hosts without a clipboard). */
  clipboard?: ClipboardGuard;
  /** Opening external links (Electron main only). */
  shell?: ShellService;
  /** The vault (locked or unlocked) at vaultPath. */
  vault?: VaultService;
  /** Quick unlock through the OS keychain, over `vault`. */
  keychain?: KeychainService;
  /** Test hooks for providers and mail (extra providers, an extra CA, discovery overrides); absent in production. */
  mail?: MailServices;
}
