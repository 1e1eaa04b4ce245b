import { z } from 'zod';
import { call } from '../define-call.ts';
import type { MergeReport, VaultDevice } from './vault.ts';

/** What merging the copies beside the vault did (docs/sync.md). */
export interface SyncResult {
  report: MergeReport;
  /** File names of the copies moved to `.apppass-merged/`. */
  moved: string[];
  /** Copies left alone, and why (e.g. COPY_PASSWORD_REQUIRED: another master password). */
  skipped: Array<{ file: string; code: string; message: string }>;
}

/** An entry with earlier values waiting for review (a merge conflict) and how many. */
export interface EntryToReview {
  id: string;
  count: number;
}

/** Master passwords of copies under another password, by file name (asked in the app, never stored). */
const copyPasswords = z
  .strictObject({ passwords: z.array(z.strictObject({ file: z.string().min(1).max(255), password: z.string().min(1).max(1024) })).max(16) })
  .optional();

export const syncCalls = {
  /**
   * Merges every copy of the unlocked vault in its folder (found by vault id), saves, and moves the
   * copies to `.apppass-merged/`. Copies under another master password are merged with the password
   * given for their file name, else skipped and named (COPY_PASSWORD_REQUIRED); the merged vault is
   * saved under the newest password.
   */
  'sync.run': call<SyncResult>()(copyPasswords),
  /** What the last merge did (a save that merged the file on disk, or sync.run), or null. */
  'sync.lastReport': call<MergeReport | null>()(z.undefined()),
  /** The computers that have written this vault, most recent first. */
  'sync.devices': call<VaultDevice[]>()(z.undefined()),
  /** Entries with values that lost a merge and wait for review (Hygiene; lifecycle.history shows them, lifecycle.markReviewed clears them). */
  'sync.toReview': call<EntryToReview[]>()(z.undefined()),
};
