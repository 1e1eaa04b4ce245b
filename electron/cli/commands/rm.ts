import type { Command } from '../command.ts';
import { entryIdArg } from '../args.ts';
import { withVault } from '../vault-access.ts';

const USAGE = 'apppass rm ID';

export const rmCommand: Command = {
  name: 'rm',
  summary: 'Remove one entry (other entries of the same account or app stay).',
  usage: USAGE,
  options: {},
  async run(ctx) {
    const id = entryIdArg(ctx, USAGE);
    await withVault(ctx, async (session) => {
      session.remove(id);
      await session.save();
    });
    ctx.print({ removed: id }, () => `Removed ${id}.`);
  },
};
