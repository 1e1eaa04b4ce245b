import type { Provider, ServerList } from '../../../contract/calls/providers.ts';
import type { EntrySummary } from '../../../contract/calls/vault.ts';

/** How long a server that discovery returned stays known for sign-in checks. */
const REMEMBER_MS = 60 * 60_000;
const MAX_REMEMBERED = 256;

function key(host: string, port: number): string {
  return `${host.toLowerCase().replace(/\.$/, '')}:${port}`;
}

function keysOf(servers: ServerList): string[] {
  return [...servers.imap, ...servers.pop3, ...servers.smtp].map((s) => key(s.host, s.port));
}

/**
 * The mail servers a sign-in check may send an app password to without asking (M5): those of the
 * provider catalog, those discovery returned in this session, and those saved with an entry. Any
 * other server (typed into the wizard, or named by a compromised renderer) needs the user's
 * confirmation in a host dialog where the host has one (ShellService.confirmMailServer).
 */
export class KnownMailServers {
  private readonly found = new Map<string, number>();
  private readonly now: () => number;

  constructor(options: { now?: () => number } = {}) {
    this.now = options.now ?? Date.now;
  }

  /** Remembers the servers a discovery returned. */
  remember(servers: ServerList): void {
    for (const k of keysOf(servers)) {
      this.found.delete(k);
      this.found.set(k, this.now() + REMEMBER_MS);
    }
    while (this.found.size > MAX_REMEMBERED) this.found.delete(this.found.keys().next().value as string);
  }

  isKnown(host: string, port: number, providers: readonly Provider[], entries: readonly EntrySummary[]): boolean {
    const wanted = key(host, port);
    const until = this.found.get(wanted);
    if (until !== undefined && until >= this.now()) return true;
    if (providers.some((p) => keysOf(p.servers).includes(wanted))) return true;
    return entries.some((e) => [e.server?.imap, e.server?.pop3, e.server?.smtp].some((s) => s !== undefined && key(s.host, s.port) === wanted));
  }
}
