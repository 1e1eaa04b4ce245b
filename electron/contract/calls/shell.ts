import { z } from 'zod';
import { call } from '../define-call.ts';
import { SEARCH_QUERY_MAX } from '../limits.ts';
import type { FileChoice } from './interop.ts';

/** One quick-search hit: never a secret. */
export interface QuickSearchHit {
  id: string;
  title: string;
  account: string;
  provider: string;
  favourite: boolean;
}

export const shellCalls = {
  /** Filters the unlocked vault's entries for the quick-search popup (LOCKED when locked). */
  'shell.quickSearch': call<QuickSearchHit[]>()(z.strictObject({ query: z.string().max(SEARCH_QUERY_MAX) })),
  /** Hides the quick-search popup (Esc, or after Enter copied). */
  'shell.hideQuickSearch': call<{ hidden: boolean }>()(z.undefined()),
  /**
   * Asks for a vault file with the OS "open" dialog: a one-time grant for vault.openFile and the path
   * to show; both null when the user cancelled. USAGE where there is no dialog (app.info.canPickFiles).
   */
  'shell.pickVaultFile': call<FileChoice>()(z.undefined()),
  /** Opens an https link in the OS browser, if the provider catalog or AppPass's docs list it. */
  'shell.openExternal': call<{ opened: true }>()(z.strictObject({ url: z.string().min(1).max(2048) })),
};
