import { XMLBuilder } from 'fast-xml-parser';
import type { AccountSettings, ResolvedServer } from '../../../contract/calls/providers.ts';
import { splitAddress } from '../../providers/resolve-settings.ts';

export const THUNDERBIRD_MIME = 'application/xml';

const SOCKET_TYPE = { ssl: 'SSL', starttls: 'STARTTLS', none: 'plain' } as const;

function usernamePlaceholder(server: ResolvedServer, email: string): string {
  const { local } = splitAddress(email);
  if (server.username === email) return '%EMAILADDRESS%';
  if (server.username === local) return '%EMAILLOCALPART%';
  return server.username;
}

function serverNode(server: ResolvedServer, email: string, authentication = 'password-cleartext'): Record<string, unknown> {
  return {
    '@_type': server.protocol,
    hostname: server.host,
    port: server.port,
    socketType: SOCKET_TYPE[server.security],
    username: usernamePlaceholder(server, email),
    authentication,
  };
}

/**
 * Thunderbird's config-v1.1.xml for an organisation's own autoconfig server
 * (https://autoconfig.DOMAIN/mail/config-v1.1.xml). User names become placeholders so that the
 * file serves every address of the domain. It never holds a password. `sendOnly` (the provider's
 * app passwords only send, Microsoft 365): the incoming server signs in with OAuth2 and only the
 * outgoing server with a password.
 */
export function buildThunderbirdConfig(settings: AccountSettings, sendOnly = false): string {
  const { domain } = splitAddress(settings.email);
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    clientConfig: {
      '@_version': '1.1',
      emailProvider: {
        '@_id': domain,
        domain,
        displayName: settings.displayName,
        displayShortName: settings.displayName.slice(0, 30),
        incomingServer: serverNode(settings.incoming, settings.email, sendOnly ? 'OAuth2' : 'password-cleartext'),
        outgoingServer: serverNode(settings.outgoing, settings.email),
      },
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true });
  return builder.build(doc) as string;
}
