import { writeFileSync } from 'node:fs';
import type { Provider } from '../../../electron/contract/calls/providers.ts';
import type { MailServers } from './index.ts';

/**
 * A catalog-shaped provider whose servers are the harness's (implicit TLS for IMAP and SMTP),
 * for the address domain of the harness user (example.com by default).
 */
export function harnessProvider(servers: MailServers, id = 'harness'): Provider {
  const domain = servers.user.split('@')[1] ?? 'example.com';
  return {
    id,
    name: 'AppPass test mail (harness)',
    shortName: 'Test mail',
    domains: [domain],
    mxDomains: [],
    appPasswords: {
      pageUrl: 'https://example.com/app-passwords',
      steps: ['Use the password the test harness printed.'],
      prerequisites: [],
      limits: { maxCount: null, revokedByPasswordChange: null, notes: [] },
      formatId: null,
      worksFor: ['imap', 'smtp'],
    },
    servers: {
      imap: [{ host: '127.0.0.1', port: servers.imap.tlsPort, security: 'ssl', username: 'address' }],
      pop3: [],
      smtp: [{ host: '127.0.0.1', port: servers.smtp.tlsPort, security: 'ssl', username: 'address' }],
    },
    oauth2: { preferred: false, advice: 'Test provider: sign in with the harness password.' },
    notes: [{ date: '2026-11-24', text: 'Local test servers started by tests/support/mail.', sourceUrl: 'https://example.com/harness', confidence: 'confirmed' }],
  };
}

/**
 * Writes the JSON file that APPPASS_TEST_PROVIDERS_FILE points at ({ providers, caPem }), so a
 * host built with loadTestMailSetup(process.env) runs the wizard against the harness servers.
 */
export function writeTestProvidersFile(servers: MailServers, path: string): string {
  writeFileSync(path, JSON.stringify({ providers: [harnessProvider(servers)], caPem: servers.caPem }, null, 2), { mode: 0o600 });
  return path;
}
