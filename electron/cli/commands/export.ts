import { resolve } from 'node:path';
import { EXPORT_FORMATS, type ExportFormat } from '../../contract/limits.ts';
import type { Command } from '../command.ts';
import { stringOption, usageError } from '../args.ts';
import { withVault } from '../vault-access.ts';

const USAGE = `apppass export --format ${EXPORT_FORMATS.join('|')} --out FILE [--yes-plaintext] [--json]  (master password: stdin line 1; export password: line 2 for kdbx/json)`;

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export the vault: KeePass KDBX 4 or AppPass encrypted JSON backup (export password), or plain CSV (--yes-plaintext).',
  usage: USAGE,
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    'yes-plaintext': { type: 'boolean' },
  },
  async run(ctx) {
    if (ctx.args.length > 0) throw usageError('export takes no arguments.', USAGE);
    const format = stringOption(ctx, 'format');
    if (format === undefined || !(EXPORT_FORMATS as readonly string[]).includes(format)) throw usageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}.`, USAGE);
    const out = stringOption(ctx, 'out');
    if (out === undefined || out === '') throw usageError('--out FILE is required.', USAGE);
    const confirmPlaintext = ctx.options['yes-plaintext'] === true;
    if (format === 'csv' && !confirmPlaintext) {
      throw usageError('A CSV export is NOT encrypted: anyone who gets the file can read every app password. Add --yes-plaintext to confirm, or use --format kdbx or json.', USAGE);
    }
    const path = resolve(ctx.io.cwd, out);
    // Loaded on use: kdbxweb and papaparse stay out of every other command's start-up.
    const { exportVault, needsPassword, writeExportFile } = await import('../../core/interop/index.ts');
    const written = await withVault(ctx, async (session) => {
      // A plaintext export needs the master password: opened with --keychain, it is asked for now.
      if (format === 'csv' && ctx.global.keychain) await session.verifyMasterPassword(await ctx.readSecret('master password'));
      const password = needsPassword(format as ExportFormat) ? await ctx.readSecret('export password') : undefined;
      if (password === '') throw usageError('The export password is empty.', USAGE);
      const file = await exportVault(session, format as ExportFormat, { ...(password === undefined ? {} : { password }), confirmPlaintext });
      try {
        await writeExportFile(path, file.bytes);
      } finally {
        file.bytes.fill(0);
      }
      return { path, format, entries: file.entries, encrypted: format !== 'csv' };
    });
    if (!written.encrypted) ctx.io.writeErr(`Warning: ${path} is NOT encrypted; delete it when you are done.\n`);
    ctx.print(written, () => `Exported ${written.entries} entries to ${path} (${format}${written.encrypted ? ', encrypted' : ', NOT encrypted'}).`);
  },
};
