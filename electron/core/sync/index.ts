export { syncFolder, type SyncResult } from './sync-folder.ts';
export { findCopies, MERGED_FOLDER, MERGED_KEEP_DAYS } from './conflict-copies.ts';
export { mergeBodies, type SyncedBody } from './merge-body.ts';
export { mergeReport, combineReports, isEmptyReport } from './merge-report.ts';
export { SECRET_UNIT, NEWEST_WINS_QUIETLY } from './field-groups.ts';
export { TOMBSTONE_MIN_DAYS } from './tombstones.ts';
