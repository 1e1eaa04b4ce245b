import type { Command } from '../command.ts';
import { stringOption, usageError } from '../args.ts';
import { withVault } from '../vault-access.ts';

const USAGE = 'apppass add --account EMAIL --label LABEL [--provider ID] [--notes TEXT]   (secret: next stdin line)';

export const addCommand: Command = {
  name: 'add',
  summary: 'Add an app password; the secret is read from the next stdin line. Prints the new id.',
  usage: USAGE,
  options: {
    account: { type: 'string' },
    label: { type: 'string' },
    provider: { type: 'string' },
    notes: { type: 'string' },
  },
  async run(ctx) {
    if (ctx.args.length > 0) throw usageError('add takes no arguments.', USAGE);
    const account = stringOption(ctx, 'account');
    const label = stringOption(ctx, 'label');
    if (account === undefined || account === '') throw usageError('--account is required.', USAGE);
    if (label === undefined) throw usageError('--label is required.', USAGE);
    const provider = stringOption(ctx, 'provider');
    const notes = stringOption(ctx, 'notes');
    const id = await withVault(ctx, async (session) => {
      const secret = await ctx.readSecret('secret');
      if (secret === '') throw usageError('The secret is empty.', USAGE);
      const entry = session.add({ account, label, secret, ...(provider === undefined ? {} : { provider }), ...(notes === undefined ? {} : { notes }) });
      await session.save();
      return entry.id;
    });
    ctx.print({ id }, () => id);
  },
};
