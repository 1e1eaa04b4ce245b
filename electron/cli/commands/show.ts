import { toErrorPayload } from '../../core/errors/index.ts';
import type { Command } from '../command.ts';
import { entryIdArg } from '../args.ts';
import { withVault } from '../vault-access.ts';

const USAGE = 'apppass show ID [--json]';

export const showCommand: Command = {
  name: 'show',
  summary: 'Show one entry, secret included (logged as revealed).',
  usage: USAGE,
  options: {},
  async run(ctx) {
    const id = entryIdArg(ctx, USAGE);
    const entry = await withVault(ctx, async (session) => {
      session.reveal(id);
      const found = session.get(id);
      // Logging the reveal is best effort (L4): a vault on read-only media, a snapshot or a full disk
      // must still show its entries, as `export` does; the user is told the reveal was not recorded.
      await session.save().catch((error: unknown) => {
        const payload = toErrorPayload(error);
        ctx.io.writeErr(`Warning: the reveal was not recorded in the activity log (${payload.code}: ${payload.message})\n`);
      });
      return found;
    });
    ctx.print(entry, () =>
      [
        `id: ${entry.id}`,
        `provider: ${entry.provider}`,
        `account: ${entry.account}`,
        `label: ${entry.label}`,
        `secret: ${entry.secret}`,
        `created: ${entry.created}`,
        `updated: ${entry.updated}`,
        `lastCopied: ${entry.lastCopied ?? '-'}`,
        `revoked: ${entry.revoked ?? '-'}`,
        `tags: ${entry.tags.join(', ')}`,
        `notes: ${entry.notes}`,
      ].join('\n'),
    );
  },
};
