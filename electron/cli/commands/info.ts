import { KDF_RECOMMENDED_MIN } from '../../core/kdf/index.ts';
import { describeKdf, readVaultInfo } from '../../core/vault/index.ts';
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
        ...(info.backupKdfDiffers === null
          ? []
          : [
              `note: these kdf settings differ from the backup's (${describeKdf(info.backupKdfDiffers)}).`,
              '      Expected after a re-calibration or a password change until the next save; otherwise someone changed',
              '      the file, and its password will be refused: open the backup instead (apppass restore-backup).',
            ]),
        ...(info.kdfBelowRecommended ? [`note: these kdf settings are below the recommended minimum (${describeKdf(KDF_RECOMMENDED_MIN)}); re-calibrate in the app.`] : []),
      ].join('\n'),
    );
  },
};
