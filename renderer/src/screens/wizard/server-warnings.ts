import type { DiscoveryWarning } from '../../../../electron/contract/calls/providers.ts';

/**
 * The discovery warnings (L11) that concern the server now in a server's fields: same host (any
 * case) and port. A server the user changed by hand no longer carries discovery's warning.
 */
export function warningsForServer(warnings: readonly DiscoveryWarning[] | undefined, server: { host: string; port: number } | null | undefined): DiscoveryWarning[] {
  if (!warnings || !server) return [];
  const host = server.host.trim().toLowerCase();
  return warnings.filter((w) => w.host.toLowerCase() === host && w.port === server.port);
}
