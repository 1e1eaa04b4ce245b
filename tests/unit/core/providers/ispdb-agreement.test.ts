import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MailProtocol, ProviderData, ServerTemplate } from '../../../../electron/contract/calls/providers.ts';
import { CATALOG } from '../../../../electron/core/providers/index.ts';

// Every address domain the catalog claims, checked against the ISPDB entry that lists it (a fixture
// of facts read from thunderbird/autoconfig, not a copy of its files): each catalog server must
// agree on host, port, socket type and user-name form, or be listed below with the reason.

interface IspdbServer {
  type: MailProtocol;
  host: string;
  port: number;
  socketType: string;
  username: string;
  auth: string[];
}
interface IspdbEntry {
  file: string;
  domains: string[];
  servers: IspdbServer[];
}
const facts = JSON.parse(readFileSync(new URL('../../../fixtures/ispdb-facts.json', import.meta.url), 'utf8')) as { entries: IspdbEntry[] };

/** Claimed domains ISPDB does not list, and why the catalog claims them anyway. */
const NOT_IN_ISPDB: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    ['fastmail.com', 'fastmail.fm', 'fastmail.cn', 'fastmail.co.uk', 'fastmail.com.au', 'fastmail.de', 'fastmail.es', 'fastmail.in', 'fastmail.jp', 'fastmail.net', 'fastmail.org', 'fastmail.us', 'sent.com'].map((d) => [
      d,
      'Fastmail address domain (Fastmail\'s own list, via Delta Chat); ISPDB finds Fastmail only through the MX messagingengine.com, whose entry the servers are checked against',
    ]),
  ),
  'love.com': 'AOL alternative address domain; not in ISPDB; servers as aol.com',
  'games.com': 'AOL alternative address domain; not in ISPDB; servers as aol.com',
  'wow.com': 'AOL alternative address domain; not in ISPDB; servers as aol.com',
  'foxmail.com': 'QQ Mail address domain (Delta Chat qq.md); ISPDB lists only qq.com',
  'vip.qq.com': 'QQ Mail paid address domain; ISPDB lists only qq.com; servers as qq.com',
  'hanmail.net': 'Daum\'s older address domain; ISPDB lists only daum.net; servers as daum.net',
  'internet.ru': 'Mail.ru address domain (Delta Chat mail.ru.md); ISPDB lists corp.mail.ru instead',
  'mailbox.org': 'mailbox.org is not in ISPDB at the 2026-03-12 snapshot; servers from kb.mailbox.org and Delta Chat',
  'secure.mailbox.org': 'mailbox.org (Delta Chat mailbox.org.md); not in ISPDB',
};
/** Where ISPDB's entry for a claimed domain is another domain's (the MX route Thunderbird itself takes). */
const CHECK_AGAINST: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.keys(NOT_IN_ISPDB).filter((d) => d.startsWith('fastmail') || d === 'sent.com').map((d) => [d, 'messagingengine.com'])),
  'love.com': 'aol.com',
  'games.com': 'aol.com',
  'wow.com': 'aol.com',
  'foxmail.com': 'qq.com',
  'vip.qq.com': 'qq.com',
  'hanmail.net': 'daum.net',
  'internet.ru': 'mail.ru',
};
/** Catalog servers ISPDB does not list (provider:protocol:host:port), and why. */
const SERVER_DIFFERENCES: Readonly<Record<string, string>> = {
  'gmail:smtp:smtp.gmail.com:587': 'Google documents SMTP on 587 with STARTTLS (support.google.com/mail/answer/7126229); ISPDB lists only 465',
};

const SOCKET: Readonly<Record<ServerTemplate['security'], string>> = { ssl: 'SSL', starttls: 'STARTTLS', none: 'plain' };
const USER: Readonly<Record<ServerTemplate['username'], string>> = { address: '%EMAILADDRESS%', localpart: '%EMAILLOCALPART%' };

function entryFor(domain: string): IspdbEntry | undefined {
  return facts.entries.find((e) => e.domains.includes(domain));
}

function disagreements(provider: ProviderData, entry: IspdbEntry): string[] {
  const out: string[] = [];
  for (const protocol of ['imap', 'pop3', 'smtp'] as const) {
    for (const s of provider.servers[protocol]) {
      const key = `${provider.id}:${protocol}:${s.host}:${s.port}`;
      const same = entry.servers.some((i) => i.type === protocol && i.host === s.host && i.port === s.port && i.socketType === SOCKET[s.security] && i.username === USER[s.username]);
      if (!same && SERVER_DIFFERENCES[key] === undefined) out.push(`${key} (${s.security}, ${s.username}) is not in ${entry.file}`);
    }
  }
  return out;
}

describe('every claimed domain agrees with Thunderbird\'s ISPDB, or says why not', () => {
  const claims = CATALOG.providers.flatMap((p) => p.domains.map((domain) => ({ domain, provider: p })));

  it('claims more than 400 address domains over all providers', () => {
    expect(claims.length).toBeGreaterThan(400);
  });

  it('finds an ISPDB entry for every claimed domain, or the reason it has none', () => {
    const unexplained = claims.filter(({ domain }) => entryFor(domain) === undefined && NOT_IN_ISPDB[domain] === undefined).map((c) => `${c.provider.id}: ${c.domain}`);
    expect(unexplained).toEqual([]);
    // A reason for a domain ISPDB does list would hide a check: none may be stale.
    expect(Object.keys(NOT_IN_ISPDB).filter((d) => entryFor(d) !== undefined)).toEqual([]);
  });

  it('agrees on host, port, socket type and user-name form for every server of every claimed domain', () => {
    const problems: string[] = [];
    for (const { domain, provider } of claims) {
      const entry = entryFor(domain) ?? entryFor(CHECK_AGAINST[domain] ?? '');
      if (entry === undefined) {
        // Nothing in ISPDB to compare with (mailbox.org): NOT_IN_ISPDB says where the servers come from.
        if (NOT_IN_ISPDB[domain] === undefined) problems.push(`${provider.id}: ${domain} has no ISPDB entry to check against`);
        continue;
      }
      problems.push(...disagreements(provider, entry).map((d) => `${domain}: ${d}`));
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it('Microsoft 365 (found by MX or *.onmicrosoft.com) agrees with ISPDB\'s office365.com entry', () => {
    const ms = CATALOG.providers.find((p) => p.id === 'microsoft365');
    const entry = entryFor('onmicrosoft.com');
    expect(ms && entry && disagreements(ms, entry)).toEqual([]);
  });

  it('no provider claims a domain that ISPDB gives to another provider\'s servers', () => {
    for (const { domain, provider } of claims) {
      const entry = entryFor(domain);
      if (entry === undefined) continue;
      const hosts = new Set(entry.servers.map((s) => s.host));
      const ours = [...provider.servers.imap, ...provider.servers.pop3, ...provider.servers.smtp].map((s) => s.host);
      expect(ours.some((h) => hosts.has(h)), `${domain}: ${provider.id} vs ${entry.file}`).toBe(true);
    }
  });
});
