import type { Command, CommandContext } from '../command.ts';
import { usageError } from '../args.ts';
import { withVault } from '../vault-access.ts';

const USAGE = [
  'apppass trash [list] [--json]',
  '       apppass trash restore ID',
  '       apppass trash empty [ID]   (removes for good: every entry in the trash, or the one given)',
].join('\n');

async function list(ctx: CommandContext): Promise<void> {
  const rows = await withVault(ctx, async (session) =>
    session.trashed().map((e) => ({ id: e.id, provider: e.provider, account: e.account, label: e.label, trashedAt: e.trashedAt ?? null })),
  );
  ctx.print(rows, () =>
    rows.length === 0 ? 'The trash is empty.' : rows.map((r) => [r.id, r.provider, r.account, r.label, r.trashedAt ?? '-'].join('\t')).join('\n'),
  );
}

async function restore(ctx: CommandContext, id: string): Promise<void> {
  await withVault(ctx, async (session) => {
    session.restoreFromTrash(id);
    await session.save();
  });
  ctx.print({ restored: id }, () => `Restored ${id} from the trash.`);
}

async function empty(ctx: CommandContext, id: string | undefined): Promise<void> {
  const removed = await withVault(ctx, async (session) => {
    const count = session.emptyTrash(id);
    await session.save();
    return count;
  });
  ctx.print({ removed }, () => `Removed ${removed} ${removed === 1 ? 'entry' : 'entries'} from the trash for good.`);
}

/** The trash `apppass rm` moves entries to: list it, take an entry back, or empty it. */
export const trashCommand: Command = {
  name: 'trash',
  summary: 'Entries removed with rm: list them, restore one, or empty the trash for good.',
  usage: USAGE,
  options: {},
  async run(ctx) {
    const [action = 'list', ...rest] = ctx.args;
    if (action === 'list' && rest.length === 0) return list(ctx);
    if (action === 'restore' && rest.length === 1 && rest[0] !== '') return restore(ctx, rest[0] as string);
    if (action === 'empty' && rest.length <= 1) return empty(ctx, rest[0] === '' ? undefined : rest[0]);
    if (action === 'list' || action === 'restore' || action === 'empty') throw usageError(`Wrong arguments for trash ${action}.`, USAGE);
    throw usageError(`Unknown trash action "${action}".`, USAGE);
  },
};
