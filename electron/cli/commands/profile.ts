import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { accountSettingsSchema, PROFILE_FORMATS, type ProfileFormat } from '../../contract/calls/mail.ts';
import { AppError } from '../../core/errors/index.ts';
import type { Command } from '../command.ts';
import { entryIdArg, stringOption, usageError } from '../args.ts';
import { withVault } from '../vault-access.ts';

const USAGE = `apppass profile ID --format ${PROFILE_FORMATS.join('|')} [--include-password] --out FILE [--json]  (master password on stdin line 1)`;

/**
 * L3: a stored entry (an imported one, say) can hold control characters that a .mobileconfig or
 * Thunderbird file cannot carry. The same check as mail.profile's (accountSettingsSchema): VALIDATION
 * naming the field, never its value, before any file is built.
 */
function refuseUnsafeSettings(settings: unknown): void {
  const checked = accountSettingsSchema.safeParse(settings);
  if (checked.success) return;
  const where = checked.error.issues.map((issue) => issue.path.join('.') || 'settings').join(', ');
  throw new AppError('VALIDATION', `This entry's setup details cannot go into a setup file (${where}: control characters or an invalid value). Edit the entry's account or user names, then try again. No file was written.`, {
    details: { fields: where },
  });
}

export const profileCommand: Command = {
  name: 'profile',
  summary: 'Write a mail setup file for an entry (.mobileconfig, Thunderbird config-v1.1.xml, settings sheet).',
  usage: USAGE,
  options: {
    format: { type: 'string' },
    'include-password': { type: 'boolean' },
    out: { type: 'string' },
  },
  async run(ctx) {
    const id = entryIdArg(ctx, USAGE);
    const format = stringOption(ctx, 'format');
    if (format === undefined || !(PROFILE_FORMATS as readonly string[]).includes(format)) throw usageError(`--format must be one of ${PROFILE_FORMATS.join(', ')}.`, USAGE);
    const out = stringOption(ctx, 'out');
    if (out === undefined || out === '') throw usageError('--out FILE is required.', USAGE);
    const includePassword = ctx.options['include-password'] === true;
    const path = resolve(ctx.io.cwd, out);
    const file = await withVault(ctx, async (session) => {
      const entry = session.get(id);
      const [{ profileFor }, { settingsForEntry }] = await Promise.all([import('../../core/mail/index.ts'), import('../../core/providers/index.ts')]);
      const { settings } = settingsForEntry(entry);
      refuseUnsafeSettings(settings);
      const made = profileFor(format as ProfileFormat, settings, includePassword ? { includePassword, password: session.reveal(id) } : { includePassword });
      if (includePassword) await session.save();
      return made;
    });
    try {
      // Never overwrite; a file holding a password is readable by its owner only.
      await writeFile(path, file.content, { flag: 'wx', mode: file.warning === undefined ? 0o644 : 0o600 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new AppError('IO_ERROR', `${path} already exists; it was left alone. Choose another --out file.`, { details: { path } });
      throw new AppError('IO_ERROR', `Could not write ${path} (${code ?? 'error'}). Check the folder and its permissions.`, { details: { path } });
    }
    if (file.warning !== undefined) ctx.io.writeErr(`Warning: ${file.warning}\n`);
    ctx.print({ path, fileName: file.fileName, mimeType: file.mimeType, passwordIncluded: file.warning !== undefined }, () => `Wrote ${path} (${file.mimeType}).`);
  },
};
