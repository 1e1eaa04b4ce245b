import type { MergeReport } from '../core/vault/index.ts';

/** A merge report for people: counts, then the entries by account and label. */
export function mergeReportText(report: MergeReport, describe: (id: string) => string): string {
  const lines = [
    `${report.added.length} added, ${report.changed.length} changed, ${report.deleted.length} deleted, ${report.conflicts.length} conflicts to review.`,
  ];
  const list = (title: string, ids: readonly string[]): void => {
    if (ids.length > 0) lines.push(`${title}:`, ...ids.map((id) => `  ${describe(id)}`));
  };
  list('added', report.added);
  list('changed', report.changed);
  list('deleted', report.deleted);
  list('conflicts to review (the losing values are in each entry\'s history)', report.conflicts);
  if (report.passwordChanged) lines.push('The master password had been changed on another computer: the vault is now saved under that newer password.');
  return lines.join('\n');
}
