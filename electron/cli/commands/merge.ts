import { resolve } from 'node:path';
import type { Command } from '../command.ts';
import { usageError } from '../args.ts';
import { withVault } from '../vault-access.ts';
import { combineReports } from '../../core/sync/index.ts';
import type { MergeReport } from '../../core/vault/index.ts';
import { mergeReportText } from '../merge-report-text.ts';
import { describeEntries } from './sync.ts';

const USAGE = 'apppass merge FILE...   (a copy under another master password: its password is the next stdin line)';

export const mergeCommand: Command = {
  name: 'merge',
  summary: 'Merge copies of this vault (e.g. conflict copies) into --vault and print what changed.',
  usage: USAGE,
  options: {},
  async run(ctx) {
    if (ctx.args.length === 0) throw usageError('Give at least one file to merge.', USAGE);
    const files = ctx.args.map((f) => resolve(ctx.io.cwd, f));
    const { report, names } = await withVault(ctx, async (session) => {
      const reports: MergeReport[] = [];
      for (const file of files) reports.push(await session.mergeFile(file, () => ctx.readSecret(`master password of ${file}`)));
      await session.save();
      const combined = combineReports(reports);
      return { report: combined, names: describeEntries(session, combined) };
    });
    ctx.print(report, () => `Merged ${files.length} ${files.length === 1 ? 'copy' : 'copies'}: ${mergeReportText(report, (id) => names.get(id) ?? id)}`);
  },
};
