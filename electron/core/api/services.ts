import type { KdfParams } from '../kdf/index.ts';
import type { FileGrants } from '../platform/file-grants.ts';
import type { KnownMailServers } from '../mail/check/known-servers.ts';
import type { ClipboardGuard } from '../clipboard/index.ts';
import type { VaultService } from '../vault/index.ts';
import type { KeychainService } from '../keychain/index.ts';
import type { AgentService } from '../agent/index.ts';
import type { TestMailOverrides } from '../mail/test-mail-overrides.ts';
import type { CatalogService } from '../providers/catalog-update/index.ts';
import type { SyncRuns } from '../sync/sync-runs.ts';

/**
 * What the shell.* calls (the desktop around the window) need from the host. Electron main gives
 * all of it; the browser host has no OS browser hand-off, popup or file dialog.
 */
export interface ShellService {
  /** The external-link policy (https, exactly a page the provider catalog or the app's docs list). */
  isExternalLinkAllowed(url: string): boolean;
  /** Opens the URL in the OS browser. Called only with allowed URLs. */
  openExternal(url: string): Promise<void>;
  /** Hides the quick-search popup; false when there is none. */
  hideQuickSearch?(): boolean;
  /** Shows the OS "open file" dialog for a vault file; null when cancelled. Absent where no dialog exists. */
  pickVaultFile?(): Promise<string | null>;
  /** Shows the OS "save" dialog for an export in `format`, suggesting `suggestedName`; null when cancelled. Absent where no dialog exists. */
  pickExportPath?(suggestedName: string, format: string): Promise<string | null>;
  /** Shows the OS "open file" dialog for an import file of `format`; null when cancelled. Absent where no dialog exists. */
  pickImportPath?(format: string): Promise<string | null>;
  /** Shows the OS "open file" dialog for a signed provider catalog (FILE.minisig is read beside it); null when cancelled. Absent where no dialog exists. */
  pickCatalogPath?(): Promise<string | null>;
  /** Asks the user, in a host dialog, whether to send an app password to a server AppPass does not know; true = go ahead. */
  confirmMailServer?(host: string, port: number): Promise<boolean>;
}

/**
 * Everything the handler table needs from the world. Each host (Electron main, the browser host,
 * tests) builds one, through createServices. Areas add their own fields; keep it plain data and
 * core objects, never Electron types.
 */
export interface Services {
  /** AppPass's version (package.json). */
  version: string;
  /** `process.platform` of the machine running the core. */
  platform: string;
  /** Absolute path of the vault file at start; `vault.path` is the current one (vault.openFile switches it). */
  vaultPath: string;
  /** The vault (locked or unlocked), at vaultPath to begin with. Every host has one. */
  vault: VaultService;
  /** Measures Argon2id cost on this machine (tests inject a fixed result). */
  calibrateKdf?: () => Promise<KdfParams>;
  /** The clipboard guard over the host's ClipboardPort (absent on hosts without a clipboard). */
  clipboard?: ClipboardGuard;
  /** The desktop around the window (Electron main only). */
  shell?: ShellService;
  /**
   * Paths the host's own dialogs returned, behind one-time tokens: no call takes a path from the
   * renderer (H2). Made on first use when a host does not pass one (see api/file-choices.ts).
   */
  fileGrants?: FileGrants;
  /**
   * Only a host without file dialogs (the browser host) sets this: vault.openFile then also takes a
   * typed path, but only inside this folder (the start vault's; api/typed-vault-path.ts).
   */
  typedVaultPathRoot?: string;
  /** Servers discovery returned this session (mail.check sends passwords to known servers only; made on first use). */
  mailServers?: KnownMailServers;
  /** Quick unlock through the OS keychain, over `vault`. */
  keychain?: KeychainService;
  /** The `apppass get` agent over `vault` (serves only while unlocked and turned on). */
  agent?: AgentService;
  /** Test hooks for providers and mail (extra providers, an extra CA, discovery overrides); absent in production. */
  testMail?: TestMailOverrides;
  /** Merges of copies the host ran by itself (host-kit/copy-watch.ts), for sync.lastRun. */
  syncRuns?: SyncRuns;
  /** The provider catalog in use (built in or a signed update), its settings, and today's date (APPPASS_TODAY). */
  catalog?: CatalogService;
}
