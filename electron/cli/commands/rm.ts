import type { Command } from '../command.ts';
import { entryIdArg } from '../args.ts';
import { withVault } from '../vault-access.ts';

const USAGE = 'apppass rm ID [--purge]';

export const rmCommand: Command = {
  name: 'rm',
  summary: 'Move one entry to the trash (other entries of the same account or app stay); --purge removes it for good.',
  usage: USAGE,
  help: 'Without --purge the entry waits in the trash: `apppass trash` lists it, `apppass trash restore ID` brings it back.',
  options: { purge: { type: 'boolean' } },
  async run(ctx) {
    const id = entryIdArg(ctx, USAGE);
    const purge = ctx.options['purge'] === true;
    await withVault(ctx, async (session) => {
      session.remove(id);
      if (purge) session.emptyTrash(id);
      await session.save();
    });
    ctx.print(purge ? { removed: id, purged: true } : { removed: id, purged: false }, () =>
      purge ? `Removed ${id} for good.` : `Moved ${id} to the trash (apppass trash restore ${id} brings it back).`,
    );
  },
};
