/** What the shell contract calls need from the host (Electron main: shell.openExternal + the link policy). */
export interface ShellService {
  /** The external-link policy (https, listed by the provider catalog or the app's docs). */
  isExternalLinkAllowed(url: string): boolean;
  /** Opens the URL in the OS browser. Called only with allowed URLs. */
  openExternal(url: string): Promise<void>;
  /** Hides the quick-search popup; false when there is none. */
  hideQuickSearch?(): boolean;
  /** Shows the OS "open file" dialog for a vault file; null when cancelled. Absent where no dialog exists. */
  pickVaultFile?(): Promise<string | null>;
}
