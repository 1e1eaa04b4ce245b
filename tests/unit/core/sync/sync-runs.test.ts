import { describe, expect, it } from 'vitest';
import type { SyncResult } from '../../../../electron/contract/calls/sync.ts';
import { SyncRuns } from '../../../../electron/core/sync/sync-runs.ts';

const empty = { copies: [], added: [], changed: [], deleted: [], conflicts: [], passwordChanged: false };
const at = new Date('2026-11-30T10:00:00.000Z');
const skippedCopy = { file: 'vault (Desktop).apppass', code: 'COPY_PASSWORD_REQUIRED', message: 'another master password' };

describe('SyncRuns: which merges the app is shown', () => {
  it('numbers only runs worth showing; a copy left alone is named once, again when the set changes', () => {
    const runs = new SyncRuns();
    const nothing: SyncResult = { report: empty, moved: [], skipped: [] };
    expect(runs.record(nothing, at)).toBeNull();
    expect(runs.latest()).toBeNull();
    const merged: SyncResult = { report: { ...empty, copies: ['c.apppass'], added: ['id-1'] }, moved: ['c.apppass'], skipped: [] };
    expect(runs.record(merged, at)).toMatchObject({ seq: 1, result: merged });
    const skipped: SyncResult = { report: empty, moved: [], skipped: [skippedCopy] };
    expect(runs.record(skipped, at)?.seq).toBe(2);
    expect(runs.record(skipped, at)).toBeNull(); // the same copy at the next look: not again
    expect(runs.latest()?.seq).toBe(2);
    expect(runs.record(nothing, at)).toBeNull();
    expect(runs.record(skipped, at)?.seq).toBe(3); // it came back after being gone
  });

  it('lock forgets the run (its report names entries); numbers keep growing', () => {
    const runs = new SyncRuns();
    runs.record({ report: { ...empty, added: ['id-1'] }, moved: [], skipped: [] }, at);
    runs.forget();
    expect(runs.latest()).toBeNull();
    expect(runs.record({ report: { ...empty, deleted: ['id-1'] }, moved: [], skipped: [] }, at)?.seq).toBe(2);
  });
});
