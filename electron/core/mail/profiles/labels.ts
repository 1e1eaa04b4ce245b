import type { ResolvedServer, Security } from '../../../contract/calls/providers.ts';

/** How mail clients label each security setting. */
export const SECURITY_LABEL: Readonly<Record<Security, string>> = { ssl: 'SSL/TLS', starttls: 'STARTTLS', none: 'None' };

export function protocolLabel(server: ResolvedServer): string {
  return server.protocol === 'imap' ? 'IMAP' : server.protocol === 'pop3' ? 'POP3' : 'SMTP';
}

/** A file-name-safe form of an address. */
export function safeFileStem(email: string): string {
  return email.toLowerCase().replace(/[^a-z0-9@._-]+/g, '-').replace('@', '-at-').slice(0, 100);
}
