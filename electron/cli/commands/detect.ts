import type { DetectResult, ResolvedServer } from '../../contract/calls/providers.ts';
import { emailSchema } from '../../contract/calls/providers.ts';
import type { Command } from '../command.ts';
import { usageError } from '../args.ts';
import { loadedCatalogService } from './catalog-service-for.ts';

const USAGE = 'apppass detect EMAIL [--json]';

const SECURITY = { ssl: 'SSL/TLS', starttls: 'STARTTLS', none: 'none' } as const;

function line(s: ResolvedServer): string {
  return `${s.protocol.toUpperCase().padEnd(4)} ${s.host}:${s.port} ${SECURITY[s.security]}, user name ${s.username}`;
}

/** The human form of a detect result; the provider's notes are already worded for today. */
export function formatDetect(r: DetectResult): string {
  const lines = [
    `${r.email}: ${r.provider?.name ?? r.settings.displayName} (found via ${r.source})`,
    `  incoming  ${line(r.settings.incoming)}`,
    `  outgoing  ${line(r.settings.outgoing)}`,
  ];
  if (r.provider !== null) {
    lines.push(`  ${r.provider.appPasswords.passwordName ?? 'app password'}: ${r.provider.appPasswords.pageUrl}`);
    if (r.provider.signInName !== undefined) lines.push(`  user name: ${r.provider.signInName.label} (${r.provider.signInName.placeholder}), not the address above`);
    for (const note of r.provider.notes.filter((n) => n.headline === true)) {
      lines.push(`  important${note.confidence === 'reported' ? ' (reported)' : ''}: ${note.text} [${note.sourceUrl}]`);
    }
    if (r.provider.oauth2.preferred) lines.push(`  note: ${r.provider.oauth2.advice}`);
  }
  lines.push(`  steps: ${r.steps.map((s) => `${s.step} ${s.outcome}`).join('; ')}`);
  return lines.join('\n');
}

export const detectCommand: Command = {
  name: 'detect',
  summary: 'Find the mail servers for an address (catalog, autoconfig, provider database, MX).',
  usage: USAGE,
  options: {},
  async run(ctx) {
    if (ctx.args.length !== 1) throw usageError('Give exactly one e-mail address.', USAGE);
    const email = emailSchema.safeParse(ctx.args[0]);
    if (!email.success) throw usageError('That is not an e-mail address.', USAGE);
    const catalog = await loadedCatalogService(ctx.io);
    const { discover, providerForToday } = await import('../../core/providers/index.ts');
    const found = await discover(email.data);
    const result: DetectResult = { ...found, provider: found.provider === null ? null : providerForToday(found.provider, catalog.today()) };
    ctx.print(result, () => formatDetect(result));
  },
};
