import { describe, expect, it } from 'vitest';
import { discover } from '../../../../electron/core/providers/index.ts';
import { isLocalHost, vetDiscoveredServers } from '../../../../electron/core/providers/discovery/server-safety.ts';

/** L11 (security review 2026-11): autoconfig's `socketType plain` and host 127.0.0.1 were accepted silently. */
const tls = (host: string, port = 993) => ({ host, port, security: 'ssl' as const, username: 'address' as const });
const plain = (host: string, port = 143) => ({ host, port, security: 'none' as const, username: 'address' as const });

function autoconfig(servers: string): string {
  return `<?xml version="1.0"?><clientConfig version="1.1"><emailProvider id="evil.example"><domain>evil.example</domain><displayName>Evil\u0001 Mail</displayName>${servers}</emailProvider></clientConfig>`;
}
const incoming = (host: string, socketType: string, port: number) =>
  `<incomingServer type="imap"><hostname>${host}</hostname><port>${port}</port><socketType>${socketType}</socketType><username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></incomingServer>`;
const outgoing = (host: string, socketType: string, port: number) =>
  `<outgoingServer type="smtp"><hostname>${host}</hostname><port>${port}</port><socketType>${socketType}</socketType><username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></outgoingServer>`;

async function discoverWith(xml: string) {
  const fetchStub: typeof fetch = async (url) =>
    String(url).startsWith('https://autoconfig.evil.example/') ? new Response(xml, { status: 200, headers: { 'content-type': 'text/xml' } }) : new Response('', { status: 404 });
  return discover('me@evil.example', { fetch: fetchStub, dnsServers: ['127.0.0.1:9'], stepTimeoutMs: 300 });
}

describe('discovered servers may not downgrade or point inwards silently (L11)', () => {
  it('recognises this machine and the local network', () => {
    for (const host of ['127.0.0.1', '127.9.9.9', '10.0.0.5', '172.20.1.1', '192.168.1.10', '169.254.3.4', '100.64.0.1', '0.0.0.0', '::1', '[::1]', 'fd00::1', 'fe80::1', '::ffff:192.168.0.1', 'localhost', 'mail.localhost', 'nas.local', 'router.lan', 'intranet']) {
      expect(isLocalHost(host), host).toBe(true);
    }
    for (const host of ['imap.gmail.com', '8.8.8.8', '172.32.0.1', '2a00:1450::1', 'mail.example.org']) expect(isLocalHost(host), host).toBe(false);
  });

  it('drops plaintext and local servers when a safe one of the same kind exists', () => {
    const vetted = vetDiscoveredServers({ imap: [plain('imap.example.org'), tls('127.0.0.1'), tls('imap.example.org')], pop3: [], smtp: [tls('smtp.example.org', 465)] });
    expect(vetted).toEqual({ servers: { imap: [tls('imap.example.org')], pop3: [], smtp: [tls('smtp.example.org', 465)] }, warnings: [] });
  });

  it('through discovery: a plaintext-only / loopback-only autoconfig is kept with warnings; the display name loses its control characters', async () => {
    const result = await discoverWith(autoconfig(incoming('127.0.0.1', 'plain', 143) + outgoing('smtp.evil.example', 'plain', 25)));
    expect(result.source).toBe('autoconfig');
    expect(result.warnings).toEqual([
      { code: 'plaintext', host: '127.0.0.1', port: 143 },
      { code: 'local-address', host: '127.0.0.1', port: 143 },
      { code: 'plaintext', host: 'smtp.evil.example', port: 25 },
    ]);
    expect(result.settings.displayName).toBe('Evil Mail');
  });

  it('through discovery: with a TLS alternative the plaintext server is gone and there is no warning', async () => {
    const result = await discoverWith(autoconfig(incoming('imap.evil.example', 'plain', 143) + incoming('imap.evil.example', 'SSL', 993) + outgoing('smtp.evil.example', 'STARTTLS', 587)));
    expect(result.servers.imap).toEqual([{ host: 'imap.evil.example', port: 993, security: 'ssl', username: 'address' }]);
    expect(result.warnings).toBeUndefined();
  });
});
