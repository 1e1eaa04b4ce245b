import type { Command } from '../command.ts';
import { usageError } from '../args.ts';
import { withVault } from '../vault-access.ts';

const USAGE = 'apppass list [--json]';

export const listCommand: Command = {
  name: 'list',
  summary: 'List entries (id, provider, account, label, created, lastCopied); never secrets.',
  usage: USAGE,
  options: {},
  async run(ctx) {
    if (ctx.args.length > 0) throw usageError('list takes no arguments.', USAGE);
    const rows = await withVault(ctx, async (session) =>
      session.list().map((e) => ({ id: e.id, provider: e.provider, account: e.account, label: e.label, created: e.created, lastCopied: e.lastCopied })),
    );
    ctx.print(rows, () =>
      rows.length === 0
        ? 'The vault is empty.'
        : rows.map((r) => [r.id, r.provider, r.account, r.label, r.created, r.lastCopied ?? '-'].join('\t')).join('\n'),
    );
  },
};
