import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover, discoveryOptions, DEFAULT_DISCOVERY_OPTIONS, type DiscoveryOptions } from '../../../electron/core/providers/index.ts';
import { isAppError } from '../../../electron/core/errors/index.ts';
import { startDnsServer, startHttpServer, type LocalDnsServer, type LocalHttpServer } from '../../support/mail/index.ts';

function config(domain: string, host: string): string {
  return `<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="${domain}"><domain>${domain}</domain><displayName>${domain} mail</displayName>
<incomingServer type="imap"><hostname>imap.${host}</hostname><port>993</port><socketType>SSL</socketType><username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></incomingServer>
<outgoingServer type="smtp"><hostname>smtp.${host}</hostname><port>465</port><socketType>SSL</socketType><username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication></outgoingServer>
</emailProvider></clientConfig>`;
}

const XXE = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><clientConfig><emailProvider id="x"><displayName>&e;</displayName></emailProvider></clientConfig>`;

describe('discovery against a local HTTP and DNS server', () => {
  let http: LocalHttpServer;
  let dns: LocalDnsServer;
  let options: Partial<DiscoveryOptions>;

  beforeAll(async () => {
    http = await startHttpServer({
      '/autoconfig/auto.example/mail/config-v1.1.xml': config('auto.example', 'auto.example'),
      '/wk/wk.example/.well-known/autoconfig/mail/config-v1.1.xml': config('wk.example', 'wk.example'),
      '/ispdb/db.example': config('db.example', 'db-host.example'),
      '/ispdb/somehost.co.uk': config('somehost.co.uk', 'somehost.co.uk'),
      '/autoconfig/hostile.example/mail/config-v1.1.xml': XXE,
      '/wk/hostile.example/.well-known/autoconfig/mail/config-v1.1.xml': config('hostile.example', 'safe.example'),
      '/autoconfig/huge.example/mail/config-v1.1.xml': `<clientConfig>${' '.repeat(200 * 1024)}</clientConfig>`,
      '/autoconfig/slow.example/mail/config-v1.1.xml': 'hang',
      '/ispdb/slow.example': config('slow.example', 'slow.example'),
      '/autoconfig/moved.example/mail/config-v1.1.xml': (_req, res) => res.writeHead(302, { location: 'http://127.0.0.1:1/evil' }).end(),
      '/autoconfig/gmailhosted.example/mail/config-v1.1.xml': config('gmailhosted.example', 'gmail.com'),
    });
    dns = await startDnsServer(
      {
        'workspace.example': [
          { exchange: 'alt1.aspmx.l.google.com', priority: 5 },
          { exchange: 'aspmx.l.google.com', priority: 1 },
        ],
        'm365.example': [{ exchange: 'm365-example.mail.protection.outlook.com', priority: 0 }],
        'fm.example': [{ exchange: 'in1-smtp.messagingengine.com', priority: 10 }],
        'olc.example': [{ exchange: 'olc-example.olc.protection.outlook.com', priority: 10 }],
        'hosted.example': [{ exchange: 'mx1.somehost.co.uk', priority: 10 }],
        'unknownmx.example': [{ exchange: 'mx.nobody-knows.example', priority: 10 }],
      },
      ['silentdns.example'],
    );
    options = {
      autoconfigUrl: `${http.origin}/autoconfig/{domain}/mail/config-v1.1.xml`,
      wellKnownUrl: `${http.origin}/wk/{domain}/.well-known/autoconfig/mail/config-v1.1.xml`,
      ispdbBaseUrl: `${http.origin}/ispdb/`,
      dnsServers: [dns.server],
      stepTimeoutMs: 700,
      allowHttpForTests: true,
    };
  });
  afterAll(async () => {
    await Promise.all([http?.stop(), dns?.stop()]);
  });

  it('answers catalog domains without any network step', async () => {
    const before = http.requests.length + dns.queries.length;
    const result = await discover('someone@gmail.com', options);
    expect(result.source).toBe('catalog');
    expect(result.provider?.id).toBe('gmail');
    expect(result.settings.incoming).toEqual({ protocol: 'imap', host: 'imap.gmail.com', port: 993, security: 'ssl', username: 'someone@gmail.com' });
    expect(http.requests.length + dns.queries.length).toBe(before);
  });

  it('fills the local part for iCloud IMAP', async () => {
    const result = await discover('jane.doe@icloud.com', options);
    expect(result.settings.incoming.username).toBe('jane.doe');
    expect(result.settings.outgoing.username).toBe('jane.doe@icloud.com');
  });

  it('uses the autoconfig subdomain first, sending only the domain (M5)', async () => {
    const result = await discover('bob@auto.example', options);
    expect(result.source).toBe('autoconfig');
    expect(result.provider).toBeNull();
    expect(result.settings.incoming.host).toBe('imap.auto.example');
    expect(result.settings.outgoing).toEqual({ protocol: 'smtp', host: 'smtp.auto.example', port: 465, security: 'ssl', username: 'bob' });
    expect(result.settings.displayName).toBe('auto.example mail');
    expect(http.requests).toContain('/autoconfig/auto.example/mail/config-v1.1.xml');
    expect(http.requests.join(' ')).not.toMatch(/bob/);
    expect(() => discoveryOptions({ autoconfigUrl: 'https://autoconfig.{domain}/x?emailaddress={email}' })).toThrow(/only \{domain\}/);
  });

  it('then the well-known URL, then the provider database, in that order', async () => {
    const wk = await discover('a@wk.example', options);
    expect(wk.source).toBe('well-known');
    expect(wk.steps.map((s) => s.outcome)).toEqual(['not-found', 'not-found', 'found']);
    const start = http.requests.length;
    const db = await discover('a@db.example', options);
    expect(db.source).toBe('ispdb');
    expect(db.settings.incoming.host).toBe('imap.db-host.example');
    expect(http.requests.slice(start).map((r) => r.split('/')[1])).toEqual(['autoconfig', 'wk', 'ispdb']);
  });

  it('recognises the catalog provider behind an autoconfig file by its servers', async () => {
    const result = await discover('x@gmailhosted.example', options);
    expect(result.source).toBe('autoconfig');
    expect(result.provider?.id).toBe('gmail');
  });

  it.each([
    ['workspace.example', 'gmail', 'imap.gmail.com'],
    ['m365.example', 'microsoft365', 'outlook.office365.com'],
    ['fm.example', 'fastmail', 'imap.fastmail.com'],
    // An Outlook.com custom domain: its MX is under outlook.com too, but it is no work account.
    ['olc.example', 'outlook', 'outlook.office365.com'],
  ])('MX of %s reveals %s', async (domain, id, imapHost) => {
    const result = await discover(`user@${domain}`, options);
    expect(result.source).toBe('mx');
    expect(result.provider?.id).toBe(id);
    expect(result.settings.incoming.host).toBe(imapHost);
    expect(result.settings.incoming.username).toBe(`user@${domain}`);
  });

  it('MX reduced to a registrable domain (public suffix co.uk) is looked up in the database', async () => {
    const result = await discover('user@hosted.example', options);
    expect(result.source).toBe('mx');
    expect(result.settings.incoming.host).toBe('imap.somehost.co.uk');
    expect(result.steps.find((s) => s.step.startsWith('mx:'))?.reason).toBe('mx1.somehost.co.uk');
    expect(http.requests).toContain('/ispdb/somehost.co.uk');
  });

  it('a hostile autoconfig file is a recorded AUTOCONFIG_INVALID step, and discovery goes on', async () => {
    const result = await discover('a@hostile.example', options);
    expect(result.source).toBe('well-known');
    expect(result.settings.incoming.host).toBe('imap.safe.example');
    expect(result.steps[1]).toMatchObject({ outcome: 'error', reason: 'AUTOCONFIG_INVALID' });
  });

  it('an oversized file is refused at the size limit', async () => {
    const error = await discover('a@huge.example', options).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('DISCOVERY_FAILED');
    expect(isAppError(error) && String(error.details?.['steps'])).toMatch(/error/);
  });

  it('a server that never answers costs one bounded step', async () => {
    const result = await discover('a@slow.example', options);
    expect(result.source).toBe('ispdb');
    expect(result.steps[1]).toMatchObject({ outcome: 'timeout' });
  });

  it('redirects are not followed', async () => {
    const error = await discover('a@moved.example', options).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('DISCOVERY_FAILED');
    expect(http.requests.some((r) => r.includes('evil'))).toBe(false);
  });

  it('a DNS server that never answers times out the MX step', async () => {
    const error = await discover('a@silentdns.example', options).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('DISCOVERY_FAILED');
    expect(isAppError(error) && String(error.details?.['steps'])).toMatch(/mx:silentdns\.example: timeout/);
  });

  it('nothing found anywhere → DISCOVERY_FAILED listing the steps', async () => {
    const error = await discover('a@unknownmx.example', options).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('DISCOVERY_FAILED');
    expect(isAppError(error) && error.message).toMatch(/by hand/);
    expect(isAppError(error) && String(error.details?.['steps'])).toMatch(/catalog-mx:mx\.nobody-knows\.example: not-found/);
  });

  it('refuses http base URLs unless a test allows them explicitly; defaults are https', () => {
    expect(() => discoveryOptions({ ispdbBaseUrl: `${http.origin}/ispdb/` })).toThrow(/https/);
    expect(() => discoveryOptions({ ispdbBaseUrl: 'http://example.com/', allowHttpForTests: true })).toThrow(/https/);
    expect(DEFAULT_DISCOVERY_OPTIONS.ispdbBaseUrl).toBe('https://autoconfig.thunderbird.net/v1.1/');
    for (const url of [DEFAULT_DISCOVERY_OPTIONS.autoconfigUrl, DEFAULT_DISCOVERY_OPTIONS.wellKnownUrl]) expect(url.startsWith('https://')).toBe(true);
  });
});
