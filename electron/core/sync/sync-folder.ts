import { basename } from 'node:path';
import type { MergeReport } from '../../contract/calls/vault.ts';
import type { SyncResult as ContractSyncResult } from '../../contract/calls/sync.ts';
import { isAppError } from '../errors/index.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import { findCopies, moveMerged, purgeMerged } from './conflict-copies.ts';
import { combineReports } from './merge-report.ts';

/** As the contract's SyncResult, with full paths of the moved copies. */
export type SyncResult = Omit<ContractSyncResult, 'moved'> & { moved: string[] };

/** Problems with one copy that leave it alone and let the others merge. */
const SKIP_COPY = new Set(['COPY_PASSWORD_REQUIRED', 'WRONG_PASSWORD', 'VAULT_CORRUPT', 'VAULT_TAMPERED', 'UNSUPPORTED_VERSION', 'KDF_PARAMS_OUT_OF_RANGE', 'NOT_A_COPY', 'NOT_FOUND']);

/**
 * Merges every copy of the session's vault in its folder (found by vault id, not by name), saves
 * once, then moves each merged copy to `.apppass-merged/` and removes what was moved there more than
 * 30 days ago. A copy under another master password is merged only with `askPassword` (asked per
 * copy, by file name); otherwise it is skipped and named. Nothing is written when there are no copies.
 */
export async function syncFolder(session: VaultSession, options: { now: Date; askPassword?: (file: string) => Promise<string> }): Promise<SyncResult> {
  // The vault file itself, when another computer's save arrived under a newer master password
  // (a save here would stop with COPY_PASSWORD_REQUIRED): merged like a copy, never moved.
  const own = (await session.fileChangedOnDisk()) ? [session.path] : [];
  const copies = [...own, ...(await findCopies(session.path, session.vaultId))];
  const reports: MergeReport[] = [];
  const merged: string[] = [];
  const skipped: SyncResult['skipped'] = [];
  const ask = options.askPassword;
  for (const copy of copies) {
    try {
      reports.push(await session.mergeFile(copy, ask === undefined ? undefined : () => ask(basename(copy))));
      merged.push(copy);
    } catch (error) {
      if (!isAppError(error) || !SKIP_COPY.has(error.code)) throw error;
      skipped.push({ file: basename(copy), code: error.code, message: error.message });
    }
  }
  const moved: string[] = [];
  if (merged.length > 0) {
    await session.save();
    for (const copy of merged) if (copy !== session.path) moved.push(await moveMerged(copy, options.now));
  }
  await purgeMerged(session.path, options.now);
  return { report: combineReports(reports), moved, skipped };
}
