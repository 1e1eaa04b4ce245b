import type { AccountSettings, ResolvedServer, ServerList, ServerTemplate, MailProtocol } from '../../contract/calls/providers.ts';
import { AppError } from '../errors/index.ts';

/** Splits an address at its last @. */
export function splitAddress(email: string): { local: string; domain: string } {
  const at = email.lastIndexOf('@');
  return { local: email.slice(0, at), domain: email.slice(at + 1).toLowerCase() };
}

export function resolveServer(protocol: MailProtocol, template: ServerTemplate, email: string): ResolvedServer {
  const { local } = splitAddress(email);
  return { protocol, host: template.host, port: template.port, security: template.security, username: template.username === 'localpart' ? local : email };
}

/** The preferred incoming (IMAP, else POP) and outgoing servers, with the user name filled in. */
export function resolveSettings(email: string, servers: ServerList, displayName: string, providerId: string | null): AccountSettings {
  const imap = servers.imap[0];
  const pop = servers.pop3[0];
  const smtp = servers.smtp[0];
  const incoming = imap !== undefined ? resolveServer('imap', imap, email) : pop !== undefined ? resolveServer('pop3', pop, email) : undefined;
  if (incoming === undefined || smtp === undefined) {
    throw new AppError('DISCOVERY_FAILED', `The settings found for ${splitAddress(email).domain} lack an incoming or an outgoing server. Enter the servers by hand.`);
  }
  return { email, displayName, providerId, incoming, outgoing: resolveServer('smtp', smtp, email) };
}
