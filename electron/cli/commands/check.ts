import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CHECK_TIMEOUT, checkInputSchema, type CheckInput, type CheckResult } from '../../contract/calls/mail.ts';
import { MAIL_PROTOCOLS, type MailProtocol, type ResolvedServer } from '../../contract/calls/providers.ts';
import { AppError } from '../../core/errors/index.ts';
import type { Command, CommandContext } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import { stringOption, usageError } from '../args.ts';
import { withVault } from '../vault-access.ts';

const USAGE =
  'apppass check --protocol imap|smtp|pop3 --host H --port P --security ssl|starttls|none --user U [--ca FILE] [--timeout MS] [--json]  (app password on stdin line 1)\n' +
  '       apppass check ID [--protocol imap|smtp|pop3] [--ca FILE] [--timeout MS] [--json]  (master password on stdin line 1)';

const SERVER_OPTIONS = ['host', 'port', 'security', 'user'] as const;

async function readCa(ctx: CommandContext): Promise<string | undefined> {
  const file = stringOption(ctx, 'ca');
  if (file === undefined) return undefined;
  const path = resolve(ctx.io.cwd, file);
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new AppError('IO_ERROR', `Could not read the CA file ${path}. Check the path.`, { details: { path } });
  }
}

function timeoutOf(ctx: CommandContext): number | undefined {
  const raw = stringOption(ctx, 'timeout');
  if (raw === undefined) return undefined;
  const ms = /^[0-9]{1,6}$/.test(raw) ? Number(raw) : NaN;
  if (!(ms >= CHECK_TIMEOUT.minMs && ms <= CHECK_TIMEOUT.maxMs)) throw usageError(`--timeout needs milliseconds from ${CHECK_TIMEOUT.minMs} to ${CHECK_TIMEOUT.maxMs}.`, USAGE);
  return ms;
}

function protocolOf(ctx: CommandContext): MailProtocol | undefined {
  const raw = stringOption(ctx, 'protocol');
  if (raw === undefined) return undefined;
  if (!(MAIL_PROTOCOLS as readonly string[]).includes(raw)) throw usageError('--protocol must be imap, smtp or pop3.', USAGE);
  return raw as MailProtocol;
}

function human(results: readonly CheckResult[]): string {
  return results
    .map((r) => `${r.protocol.toUpperCase()} ${r.host}:${r.port}: ${r.category} (${r.elapsedMs} ms)${r.detail === undefined ? '' : ` [${r.detail}]`}\n  ${r.advice}`)
    .join('\n');
}

/** Builds the check input from --protocol/--host/--port/--security/--user; the password is added later. */
function inputFromOptions(ctx: CommandContext, protocol: MailProtocol | undefined): Omit<CheckInput, 'password'> {
  if (protocol === undefined) throw usageError('--protocol is required.', USAGE);
  const missing = SERVER_OPTIONS.filter((o) => stringOption(ctx, o) === undefined);
  if (missing.length > 0) throw usageError(`Missing ${missing.map((m) => `--${m}`).join(', ')}.`, USAGE);
  const port = stringOption(ctx, 'port') ?? '';
  if (!/^[0-9]{1,5}$/.test(port)) throw usageError('--port needs a number from 1 to 65535.', USAGE);
  const parsed = checkInputSchema.omit({ password: true }).safeParse({
    protocol,
    host: stringOption(ctx, 'host'),
    port: Number(port),
    security: stringOption(ctx, 'security'),
    username: stringOption(ctx, 'user'),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw usageError(`Bad ${String(issue?.path[0] ?? 'option')}: ${issue?.message ?? 'invalid'}.`, USAGE);
  }
  return parsed.data;
}

function fromServer(server: ResolvedServer): Omit<CheckInput, 'password'> {
  return { protocol: server.protocol, host: server.host, port: server.port, security: server.security, username: server.username };
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'Sign in to a mail server with an app password and report the outcome (exit 0 only for OK, 7 otherwise).',
  usage: USAGE,
  options: {
    protocol: { type: 'string' },
    host: { type: 'string' },
    port: { type: 'string' },
    security: { type: 'string' },
    user: { type: 'string' },
    ca: { type: 'string' },
    timeout: { type: 'string' },
  },
  async run(ctx) {
    const protocol = protocolOf(ctx);
    const timeoutMs = timeoutOf(ctx);
    const caPem = await readCa(ctx);
    const extra = { ...(caPem === undefined ? {} : { caPem }), ...(timeoutMs === undefined ? {} : { timeoutMs }) };
    let results: CheckResult[];
    if (ctx.args.length === 0) {
      const base = inputFromOptions(ctx, protocol);
      const password = await ctx.readSecret('app password');
      if (password === '') throw usageError('The app password on stdin is empty.', USAGE);
      const { checkSignIn } = await import('../../core/mail/index.ts');
      results = [await checkSignIn({ ...base, ...extra, password })];
    } else if (ctx.args.length === 1) {
      const used = SERVER_OPTIONS.filter((o) => stringOption(ctx, o) !== undefined);
      if (used.length > 0) throw usageError(`check ID takes its servers from the entry; leave out ${used.map((u) => `--${u}`).join(', ')}.`, USAGE);
      const id = ctx.args[0] as string;
      results = await withVault(ctx, async (session) => {
        const entry = session.get(id);
        const [{ checkSignIn }, { settingsForEntry }] = await Promise.all([import('../../core/mail/index.ts'), import('../../core/providers/index.ts')]);
        const { settings, provider } = settingsForEntry(entry);
        const servers = [settings.incoming, settings.outgoing];
        let chosen = protocol === undefined ? servers : servers.filter((s) => s.protocol === protocol);
        if (protocol !== undefined && chosen.length === 0) throw usageError(`Entry ${id} has no ${protocol} server.`, USAGE);
        // Microsoft 365 app passwords only sign in to SMTP: check what can work, unless told otherwise.
        const works = provider?.appPasswords.worksFor ?? [];
        if (protocol === undefined && works.length > 0 && chosen.some((s) => works.includes(s.protocol))) chosen = chosen.filter((s) => works.includes(s.protocol));
        const out: CheckResult[] = [];
        for (const server of chosen) out.push(await checkSignIn({ ...fromServer(server), ...extra, password: entry.secret }));
        return out;
      });
    } else {
      throw usageError('Give at most one entry ID.', USAGE);
    }
    // One server given by options → one result object; an entry → an array (incoming and outgoing).
    ctx.print(ctx.args.length === 0 ? results[0] : results, () => human(results));
    return results.every((r) => r.category === 'OK') ? EXIT.OK : EXIT.CHECK_FAILED;
  },
};
