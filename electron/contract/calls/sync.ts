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

/** A merge of copies the host ran by itself (on unlock, when the vault's folder changed). */
export interface SyncRun {
  /** Grows with every run worth showing (something merged, or the copies left alone changed). */
  seq: number;
  /** When it ran (ISO). */
  at: string;
  result: SyncResult;
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
  /**
   * The newest merge the host ran by itself since unlock (on unlock and when the vault's folder
   * changed: a copy from another computer arrived) that is worth showing, or null. The app shows
   * each `seq` once.
   */
  'sync.lastRun': call<SyncRun | null>()(z.undefined()),
  /** What the last merge did (a save that merged the file on disk, or sync.run), or null. */
  'sync.lastReport': call<MergeReport | null>()(z.undefined()),
  /** The computers that have written this vault, most recent first. */
  'sync.devices': call<VaultDevice[]>()(z.undefined()),
  /** Entries with values that lost a merge and wait for review (Hygiene; lifecycle.history shows them, lifecycle.markReviewed clears them). */
  'sync.toReview': call<EntryToReview[]>()(z.undefined()),
};
