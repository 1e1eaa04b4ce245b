import { readVaultInfo } from '../../core/vault/index.ts';
import type { Command } from '../command.ts';
import { usageError } from '../args.ts';

const USAGE = 'apppass info [--json]';

export const infoCommand: Command = {
  name: 'info',
  summary: 'Show the vault format version and KDF parameters (no password needed).',
  usage: USAGE,
  options: {},
  async run(ctx) {
    if (ctx.args.length > 0) throw usageError('info takes no arguments.', USAGE);
    const info = await readVaultInfo(ctx.global.vault);
    ctx.print(info, () =>
      [
        `path: ${info.path}`,
        `format version: ${info.formatVersion}`,
        `vault id: ${info.vaultId}`,
        `cipher: ${info.cipher}`,
        `kdf: ${info.kdf.algorithm}, ${info.kdf.memoryKiB} KiB, t=${info.kdf.iterations}, p=${info.kdf.parallelism}`,
        `key wraps: ${info.wraps.join(', ')}`,
        `backup: ${info.hasBackup ? 'yes' : 'no'}`,
      ].join('\n'),
    );
  },
};
