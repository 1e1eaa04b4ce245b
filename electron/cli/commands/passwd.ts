import { AppError } from '../../core/errors/index.ts';
import type { Command } from '../command.ts';
import { openVault } from '../../core/vault/index.ts';
import { usageError } from '../vault-access.ts';

const USAGE = 'apppass passwd   (old password: line 1, new password: line 2)';

export const passwdCommand: Command = {
  name: 'passwd',
  summary: 'Change the master password (re-wraps the vault key only).',
  usage: USAGE,
  options: {},
  async run(ctx) {
    if (ctx.args.length > 0) throw usageError('passwd takes no arguments.', USAGE);
    if (ctx.global.keychain) throw usageError('passwd needs the current master password, not --keychain.', USAGE);
    const old = await ctx.readSecret('current master password');
    const session = await openVault(ctx.global.vault, old);
    try {
      const next = await ctx.readSecret('new master password');
      if (next === '') throw new AppError('USAGE', 'The new master password must not be empty; nothing was changed.');
      if (!ctx.global.passwordStdin && ctx.io.stdinIsTTY) {
        const again = await ctx.readSecret('new master password again');
        if (again !== next) throw new AppError('USAGE', 'The two new passwords differ; nothing was changed.');
      }
      await session.changeMasterPassword(old, next);
    } finally {
      session.lock();
    }
    ctx.print({ changed: true }, () => 'Master password changed.');
  },
};
