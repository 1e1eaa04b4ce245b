import type { Command } from '../command.ts';
import { entryIdArg, stringOption, usageError } from '../args.ts';
import { withVault } from '../vault-access.ts';
import type { EntryPatch } from '../../core/vault/index.ts';

const USAGE = 'apppass edit ID [--label L] [--notes N] [--account A] [--provider P] [--secret]   (--secret: the new secret is the next stdin line)';

export const editCommand: Command = {
  name: 'edit',
  summary: 'Change single fields of one entry; with --secret the new secret is read from the next stdin line.',
  usage: USAGE,
  options: {
    label: { type: 'string' },
    notes: { type: 'string' },
    account: { type: 'string' },
    provider: { type: 'string' },
    secret: { type: 'boolean' },
  },
  async run(ctx) {
    const id = entryIdArg(ctx, USAGE);
    const patch: EntryPatch = {};
    for (const field of ['label', 'notes', 'account', 'provider'] as const) {
      const value = stringOption(ctx, field);
      if (value !== undefined) patch[field] = value;
    }
    const newSecret = ctx.options['secret'] === true;
    if (Object.keys(patch).length === 0 && !newSecret) throw usageError('Give at least one field to change.', USAGE);
    const entry = await withVault(ctx, async (session) => {
      if (newSecret) {
        const secret = await ctx.readSecret('new secret');
        if (secret === '') throw usageError('The secret is empty.', USAGE);
        patch.secret = secret;
      }
      const changed = session.update(id, patch);
      await session.save();
      return { id: changed.id, account: changed.account, label: changed.label, provider: changed.provider, updated: changed.updated };
    });
    ctx.print(entry, () => `Changed ${entry.id} (${entry.account}${entry.label === '' ? '' : `, ${entry.label}`}).`);
  },
};
