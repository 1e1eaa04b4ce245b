import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CatalogInfo } from '../../contract/calls/providers.ts';
import type { Command, CommandContext } from '../command.ts';
import { usageError } from '../args.ts';
import { loadedCatalogService } from './catalog-service-for.ts';

const USAGE = [
  'apppass catalog status [--json]',
  '       apppass catalog update [--from URL|FILE] [--json]   (reads FILE and FILE.minisig; default: the configured https URL)',
  '       apppass catalog export FILE                          (the catalog in use, as the unsigned JSON payload)',
  '       apppass catalog config [--auto on|off] [--url URL] [--json]   (automatic weekly checks, off by default; the https update URL)',
].join('\n');

/** The status lines of the catalog in use. */
export function describeCatalog(info: CatalogInfo): string {
  const lines = [
    `catalog: version ${info.version} of ${info.date} (${info.ageDays} day${info.ageDays === 1 ? '' : 's'} old), ${info.origin === 'built-in' ? 'built in' : `update from ${info.updateSource ?? '?'} installed ${info.installedOn ?? '?'}`}`,
    `expires: ${info.expires}${info.expired ? ' (EXPIRED: run apppass catalog update)' : ''}`,
    `automatic checks: ${info.autoCheck ? 'on' : 'off'}; update URL: ${info.updateUrl}`,
  ];
  if (info.storedUpdateIgnored !== null) lines.push(`note: ${info.storedUpdateIgnored}`);
  return lines.join('\n');
}

async function update(ctx: CommandContext): Promise<void> {
  const from = ctx.options['from'];
  if (from !== undefined && (typeof from !== 'string' || from === '')) throw usageError('--from needs a URL or a file.', USAGE);
  const source = typeof from === 'string' ? (/^[a-z][a-z0-9+.-]*:\/\//i.test(from) ? from : resolve(ctx.io.cwd, from)) : undefined;
  const result = await (await loadedCatalogService(ctx.io)).update(source);
  ctx.print(result, () => `${result.installed ? 'Installed' : 'Already in use:'} catalog version ${result.catalog.version}.\n${describeCatalog(result.catalog)}`);
}

async function exportCatalog(ctx: CommandContext): Promise<void> {
  const file = ctx.args[1];
  if (file === undefined || ctx.args.length !== 2) throw usageError('Give the file to write.', USAGE);
  const service = await loadedCatalogService(ctx.io);
  const target = resolve(ctx.io.cwd, file);
  await writeFile(target, await service.exportJson(), { mode: 0o644 });
  const info = await service.status();
  ctx.print({ file: target, version: info.version }, () => `Wrote catalog version ${info.version} to ${target}. Sign it with: minisign -S -s KEY -m ${file}`);
}

async function config(ctx: CommandContext): Promise<void> {
  const auto = ctx.options['auto'];
  const url = ctx.options['url'];
  if (auto !== undefined && auto !== 'on' && auto !== 'off') throw usageError('--auto takes on or off.', USAGE);
  if (url !== undefined && (typeof url !== 'string' || !url.startsWith('https://'))) throw usageError('--url must be an https:// address.', USAGE);
  const service = await loadedCatalogService(ctx.io);
  const current = await service.status();
  const info =
    auto === undefined && url === undefined
      ? current
      : await service.setSettings({ autoCheck: auto === undefined ? current.autoCheck : auto === 'on', updateUrl: typeof url === 'string' ? url : undefined });
  ctx.print(info, () => describeCatalog(info));
}

export const catalogCommand: Command = {
  name: 'catalog',
  summary: 'The provider catalog: status, signed updates (minisign), export, update settings.',
  usage: USAGE,
  options: { from: { type: 'string' }, auto: { type: 'string' }, url: { type: 'string' } },
  async run(ctx) {
    const action = ctx.args[0];
    if (action === 'status' && ctx.args.length === 1) {
      const info = await (await loadedCatalogService(ctx.io)).status();
      return ctx.print(info, () => describeCatalog(info));
    }
    if (action === 'update' && ctx.args.length === 1) return update(ctx);
    if (action === 'export') return exportCatalog(ctx);
    if (action === 'config' && ctx.args.length === 1) return config(ctx);
    throw usageError(action === undefined ? 'Give one of status, update, export, config.' : `Unknown catalog action "${action}".`, USAGE);
  },
};
