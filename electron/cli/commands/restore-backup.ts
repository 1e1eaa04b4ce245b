import { AppError } from '../../core/errors/index.ts';
import { backupPathOf, restoreBackup } from '../../core/vault/index.ts';
import type { Command } from '../command.ts';
import { usageError } from '../args.ts';

const USAGE = 'apppass restore-backup [--yes]';

export const restoreBackupCommand: Command = {
  name: 'restore-backup',
  summary: 'Put the backup (the previous good file) back as the vault, after a confirmation or with --yes.',
  usage: USAGE,
  options: { yes: { type: 'boolean', short: 'y' } },
  async run(ctx) {
    if (ctx.args.length > 0) throw usageError('restore-backup takes no arguments.', USAGE);
    const path = ctx.global.vault;
    if (ctx.options['yes'] !== true) {
      ctx.io.writeErr(`Replace ${path} with its backup ${backupPathOf(path)}? The current file is kept as ${path}.before-restore. [y/N] `);
      const answer = (await ctx.io.readLine())?.trim().toLowerCase();
      if (answer !== 'y' && answer !== 'yes') throw new AppError('USAGE', 'Not confirmed; nothing was changed. Answer y, or pass --yes.');
    }
    await restoreBackup(path);
    ctx.print({ restored: true, path }, () => `Restored ${path} from its backup.`);
  },
};
