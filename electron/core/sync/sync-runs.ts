import type { SyncResult, SyncRun } from '../../contract/calls/sync.ts';
import { isEmptyReport } from './merge-report.ts';

function skippedKey(result: SyncResult): string {
  return JSON.stringify(result.skipped.map((s) => [s.file, s.code]).sort());
}

/**
 * The merges a host ran by itself (host-kit/copy-watch.ts), for the app to show: only runs worth
 * showing get a new number — something was merged, or the copies left alone are not the ones of the
 * last run (a copy under another password is named once, not at every look). Lock forgets the run
 * (its report names entries); the numbers keep growing, so the app never shows an old one again.
 */
export class SyncRuns {
  private seq = 0;
  private last: SyncRun | null = null;
  private lastSkipped = '[]';

  /** Records a run; returns it when it is worth showing, else null. */
  record(result: SyncResult, at: Date): SyncRun | null {
    const skipped = skippedKey(result);
    const news = !isEmptyReport(result.report) || (result.skipped.length > 0 && skipped !== this.lastSkipped);
    this.lastSkipped = skipped;
    if (!news) return null;
    this.seq += 1;
    this.last = { seq: this.seq, at: at.toISOString(), result };
    return this.last;
  }

  latest(): SyncRun | null {
    return this.last;
  }

  /** On lock. */
  forget(): void {
    this.last = null;
    this.lastSkipped = '[]';
  }
}
