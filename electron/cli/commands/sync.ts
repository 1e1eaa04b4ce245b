import { basename } from 'node:path';
import type { Command } from '../command.ts';
import { usageError } from '../args.ts';
import { withVault } from '../vault-access.ts';
import { MERGED_FOLDER, MERGED_KEEP_DAYS, syncFolder } from '../../core/sync/index.ts';
import type { MergeReport, VaultSession } from '../../core/vault/index.ts';
import { mergeReportText } from '../merge-report-text.ts';
import { EXIT } from '../exit-codes.ts';
import { AppError, isAppError } from '../../core/errors/index.ts';

const USAGE = 'apppass sync   (copies under another master password: each password is the next stdin line)';

/** "account (label)" for the entries a report names that are still in the vault. */
export function describeEntries(session: VaultSession, report: MergeReport): Map<string, string> {
  const wanted = new Set([...report.added, ...report.changed, ...report.conflicts]);
  const names = new Map<string, string>();
  for (const e of [...session.list(), ...session.trashed()]) if (wanted.has(e.id)) names.set(e.id, `${e.account}${e.label === '' ? '' : ` (${e.label})`}  ${e.id}`);
  return names;
}

export const syncCommand: Command = {
  name: 'sync',
  summary: `Merge every copy of this vault in its folder (found by vault id, whatever the sync client named it), then move the copies to ${MERGED_FOLDER}/ (kept ${MERGED_KEEP_DAYS} days).`,
  usage: USAGE,
  options: {},
  async run(ctx) {
    if (ctx.args.length > 0) throw usageError('sync takes no arguments (it uses the folder of --vault).', USAGE);
    const result = await withVault(ctx, async (session) => {
      const askPassword = async (file: string): Promise<string> => {
        try {
          return await ctx.readSecret(`master password of ${file}`);
        } catch (error) {
          // No more input lines: that copy is left alone and named, the others still merge.
          if (!isAppError(error) || error.code !== 'USAGE') throw error;
          throw new AppError('COPY_PASSWORD_REQUIRED', `${file} is a copy of this vault under another master password; give that password on the next input line to merge it.`);
        }
      };
      const done = await syncFolder(session, { now: new Date(), askPassword });
      return { ...done, names: describeEntries(session, done.report) };
    });
    const { names, ...printed } = result;
    ctx.print(printed, () => {
      const merged = result.report.copies.length;
      if (merged === 0 && result.skipped.length === 0) return 'No copies of this vault found beside it; nothing to merge.';
      const lines = merged === 0 ? [] : [`Merged ${merged} ${merged === 1 ? 'copy' : 'copies'}: ${mergeReportText(result.report, (id) => names.get(id) ?? id)}`];
      if (result.moved.length > 0) lines.push(`Moved to ${MERGED_FOLDER}/: ${result.moved.map((p) => basename(p)).join(', ')}`);
      for (const s of result.skipped) lines.push(`Not merged: ${s.file} (${s.code}): ${s.message}`);
      return lines.join('\n');
    });
    return result.skipped.length > 0 ? EXIT.CONFLICT_OR_LOCKED : EXIT.OK;
  },
};
