import { isIP } from 'node:net';
import type { DiscoveryWarning, ServerList, ServerTemplate } from '../../../contract/calls/providers.ts';

/**
 * What a discovered server list (autoconfig, well-known, provider database) may not do silently
 * (L11): send the password unencrypted, or point at this machine or the local network, which a
 * hostile autoconfig file uses to reach services the user never named. Thunderbird warns loudly
 * about the first; AppPass drops such a server when a safe one of the same kind exists, and otherwise
 * keeps it with a warning the wizard shows before any password is sent.
 */

const LOCAL_SUFFIXES = ['.localhost', '.local', '.lan', '.home', '.internal', '.intranet', '.corp', '.home.arpa'];

function ipv4Private(ip: string): boolean {
  const [a = 0, b = 0] = ip.split('.').map(Number);
  return a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

function ipv6Private(ip: string): boolean {
  const lower = ip.toLowerCase().replace(/^\[|\]$/g, '');
  if (lower === '::1' || lower === '::') return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return ipv4Private(mapped[1] as string);
  return /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower);
}

/** Whether `host` names this machine or the local network: loopback/private/link-local IPs, localhost, LAN names, single labels. */
export function isLocalHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const kind = isIP(h.replace(/^\[|\]$/g, ''));
  if (kind === 4) return ipv4Private(h);
  if (kind === 6) return ipv6Private(h);
  return h === 'localhost' || !h.includes('.') || LOCAL_SUFFIXES.some((s) => h.endsWith(s));
}

function vetList(list: readonly ServerTemplate[], warnings: DiscoveryWarning[]): ServerTemplate[] {
  const safe = list.filter((s) => s.security !== 'none' && !isLocalHost(s.host));
  if (safe.length > 0) return safe;
  for (const s of list) {
    if (s.security === 'none') warnings.push({ code: 'plaintext', host: s.host, port: s.port });
    if (isLocalHost(s.host)) warnings.push({ code: 'local-address', host: s.host, port: s.port });
  }
  return [...list];
}

/** The discovered servers without unsafe ones where a safe one exists, and warnings for the rest. */
export function vetDiscoveredServers(servers: ServerList): { servers: ServerList; warnings: DiscoveryWarning[] } {
  const warnings: DiscoveryWarning[] = [];
  const vetted = { imap: vetList(servers.imap, warnings), pop3: vetList(servers.pop3, warnings), smtp: vetList(servers.smtp, warnings) };
  return { servers: vetted, warnings };
}
