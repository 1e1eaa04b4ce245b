import { describe, expect, it } from 'vitest';
import { CATALOG, discover } from '../../../../electron/core/providers/index.ts';

// `apppass detect` runs discover(): every address domain the catalog claims must come back as that
// provider, with its servers, from the catalog step alone (no network: fetch would fail the test).
const noNetwork: typeof fetch = async () => {
  throw new Error('detect of a claimed domain must not touch the network');
};

describe('detect gives the right provider and servers for every claimed domain, offline', () => {
  it('each of the catalog\'s address domains', async () => {
    const wrong: string[] = [];
    for (const provider of CATALOG.providers) {
      for (const domain of provider.domains) {
        const r = await discover(`someone@${domain}`, { fetch: noNetwork, dnsServers: ['127.0.0.1:9'], stepTimeoutMs: 50 });
        if (r.source !== 'catalog' || r.provider?.id !== provider.id || JSON.stringify(r.servers) !== JSON.stringify(provider.servers)) wrong.push(`${domain} → ${r.provider?.id ?? 'none'} via ${r.source}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('a tenant.onmicrosoft.com address is Microsoft 365 without a lookup; regional Zoho and legacy AOL/Yahoo domains get their own servers', async () => {
    const ms = await discover('admin@contoso.onmicrosoft.com', { fetch: noNetwork });
    expect([ms.source, ms.provider?.id, ms.settings.outgoing.host]).toEqual(['catalog', 'microsoft365', 'smtp.office365.com']);
    const eu = await discover('anna@zoho.eu', { fetch: noNetwork });
    expect([eu.provider?.id, eu.settings.incoming.host, eu.settings.outgoing.host]).toEqual(['zoho-eu', 'imap.zoho.eu', 'smtp.zoho.eu']);
    expect((await discover('bob@verizon.net', { fetch: noNetwork })).settings.incoming.host).toBe('imap.aol.com');
    expect((await discover('bob@cox.net', { fetch: noNetwork })).settings.incoming.host).toBe('imap.mail.yahoo.com');
    const webde = await discover('max.mustermann@web.de', { fetch: noNetwork });
    expect([webde.settings.incoming.username, webde.settings.outgoing.username]).toEqual(['max.mustermann', 'max.mustermann']);
    expect((await discover('x@hotmail.ca', { fetch: noNetwork })).provider?.id).toBe('outlook');
  });
});
