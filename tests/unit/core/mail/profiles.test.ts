import { describe, expect, it } from 'vitest';
import { parse as parsePlist } from 'plist';
import { XMLParser } from 'fast-xml-parser';
import { GUIDE_CLIENTS, type ProfileFile } from '../../../../electron/contract/calls/mail.ts';
import type { AccountSettings } from '../../../../electron/contract/calls/providers.ts';
import { guideFor, makeProfile, PASSWORD_WARNING } from '../../../../electron/core/mail/index.ts';
import { parseAutoconfig } from '../../../../electron/core/providers/index.ts';
import { isAppError } from '../../../../electron/core/errors/index.ts';

const SECRET = 'abcd-efgh-ijkl-mnop';

const icloud: AccountSettings = {
  email: 'jane.doe@icloud.com',
  displayName: 'iCloud',
  providerId: 'icloud',
  incoming: { protocol: 'imap', host: 'imap.mail.me.com', port: 993, security: 'ssl', username: 'jane.doe' },
  outgoing: { protocol: 'smtp', host: 'smtp.mail.me.com', port: 587, security: 'starttls', username: 'jane.doe@icloud.com' },
};

const pop: AccountSettings = {
  email: 'sam@example.org',
  displayName: 'Example <Mail> & Co',
  providerId: null,
  incoming: { protocol: 'pop3', host: 'pop.example.org', port: 110, security: 'none', username: 'sam@example.org' },
  outgoing: { protocol: 'smtp', host: 'smtp.example.org', port: 25, security: 'none', username: 'sam@example.org' },
};

type Dict = Record<string, unknown>;

function plistOf(file: ProfileFile): Dict {
  return parsePlist(file.content) as Dict;
}

describe('mobileconfig', () => {
  it('is a valid plist with every com.apple.mail.managed field and no password by default', () => {
    const file = makeProfile('mobileconfig', icloud, { includePassword: false });
    expect(file.mimeType).toBe('application/x-apple-aspen-config');
    expect(file.fileName).toMatch(/\.mobileconfig$/);
    expect(file.warning).toBeUndefined();
    const top = plistOf(file);
    expect(top).toMatchObject({ PayloadType: 'Configuration', PayloadVersion: 1, PayloadRemovalDisallowed: false });
    expect(top['PayloadIdentifier']).toMatch(/^app\.apppass\.mail\./);
    expect(top['PayloadUUID']).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    const content = top['PayloadContent'] as Dict[];
    expect(content).toHaveLength(1);
    const mail = content[0] as Dict;
    expect(mail).toEqual({
      PayloadType: 'com.apple.mail.managed',
      PayloadVersion: 1,
      PayloadIdentifier: `${String(top['PayloadIdentifier'])}.account`,
      PayloadUUID: mail['PayloadUUID'],
      PayloadDisplayName: 'iCloud mail (jane.doe@icloud.com)',
      EmailAccountType: 'EmailTypeIMAP',
      EmailAccountDescription: 'iCloud (jane.doe@icloud.com)',
      EmailAccountName: 'jane.doe@icloud.com',
      EmailAddress: 'jane.doe@icloud.com',
      IncomingMailServerHostName: 'imap.mail.me.com',
      IncomingMailServerPortNumber: 993,
      IncomingMailServerUseSSL: true,
      IncomingMailServerAuthentication: 'EmailAuthPassword',
      IncomingMailServerUsername: 'jane.doe',
      OutgoingMailServerHostName: 'smtp.mail.me.com',
      OutgoingMailServerPortNumber: 587,
      OutgoingMailServerUseSSL: true,
      OutgoingMailServerAuthentication: 'EmailAuthPassword',
      OutgoingMailServerUsername: 'jane.doe@icloud.com',
      OutgoingPasswordSameAsIncomingPassword: true,
    });
    expect(mail['PayloadUUID']).not.toBe(top['PayloadUUID']);
  });

  it('gets fresh UUIDs every time', () => {
    const a = plistOf(makeProfile('mobileconfig', icloud, { includePassword: false }));
    const b = plistOf(makeProfile('mobileconfig', icloud, { includePassword: false }));
    expect(a['PayloadUUID']).not.toBe(b['PayloadUUID']);
    expect(((a['PayloadContent'] as Dict[])[0] as Dict)['PayloadUUID']).not.toBe(((b['PayloadContent'] as Dict[])[0] as Dict)['PayloadUUID']);
  });

  it('holds the password only on explicit request, with a warning', () => {
    const file = makeProfile('mobileconfig', icloud, { includePassword: true, password: SECRET });
    expect(file.warning).toBe(PASSWORD_WARNING);
    const mail = (plistOf(file)['PayloadContent'] as Dict[])[0] as Dict;
    expect(mail['IncomingPassword']).toBe(SECRET);
    expect(mail['OutgoingPassword']).toBe(SECRET);
    expect(makeProfile('mobileconfig', icloud, { includePassword: false, password: SECRET }).content).not.toContain(SECRET);
  });

  it('marks POP accounts and plain connections', () => {
    const mail = (plistOf(makeProfile('mobileconfig', pop, { includePassword: false }))['PayloadContent'] as Dict[])[0] as Dict;
    expect(mail['EmailAccountType']).toBe('EmailTypePOP');
    expect(mail['IncomingMailServerUseSSL']).toBe(false);
    expect(mail['OutgoingMailServerUseSSL']).toBe(false);
    expect(mail['EmailAccountDescription']).toBe('Example <Mail> & Co (sam@example.org)');
  });

  it('refuses includePassword without a password', () => {
    try {
      makeProfile('mobileconfig', icloud, { includePassword: true });
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('USAGE');
    }
  });
});

describe('Thunderbird config-v1.1.xml', () => {
  it('parses back to the same settings, with placeholders for user names', () => {
    const file = makeProfile('thunderbird', icloud, { includePassword: false });
    expect(file.fileName).toBe('config-v1.1.xml');
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false }).parse(file.content) as Dict;
    const provider = (doc['clientConfig'] as Dict)['emailProvider'] as Dict;
    expect((doc['clientConfig'] as Dict)['@_version']).toBe('1.1');
    expect(provider['@_id']).toBe('icloud.com');
    expect(provider['domain']).toBe('icloud.com');
    expect(provider['displayName']).toBe('iCloud');
    expect(provider['incomingServer']).toEqual({ '@_type': 'imap', hostname: 'imap.mail.me.com', port: '993', socketType: 'SSL', username: '%EMAILLOCALPART%', authentication: 'password-cleartext' });
    expect(provider['outgoingServer']).toEqual({ '@_type': 'smtp', hostname: 'smtp.mail.me.com', port: '587', socketType: 'STARTTLS', username: '%EMAILADDRESS%', authentication: 'password-cleartext' });
    // Our own autoconfig parser reads it back too.
    const parsed = parseAutoconfig(file.content, 'icloud.com');
    expect(parsed.servers.imap[0]).toEqual({ host: 'imap.mail.me.com', port: 993, security: 'ssl', username: 'localpart' });
    expect(parsed.servers.smtp[0]).toEqual({ host: 'smtp.mail.me.com', port: 587, security: 'starttls', username: 'address' });
  });

  it('escapes names and writes POP/plain as Thunderbird spells them', () => {
    const file = makeProfile('thunderbird', pop, { includePassword: false });
    expect(file.content).toContain('Example &lt;Mail&gt; &amp; Co');
    const parsed = parseAutoconfig(file.content, 'example.org');
    expect(parsed.displayName).toBe('Example <Mail> & Co');
    expect(parsed.servers.pop3[0]).toEqual({ host: 'pop.example.org', port: 110, security: 'none', username: 'address' });
  });

  it('never takes a password', () => {
    expect(() => makeProfile('thunderbird', icloud, { includePassword: true, password: SECRET })).toThrow(/never holds a password/);
  });
});

describe('settings sheet', () => {
  it('JSON parses back to the settings, without the password unless asked', () => {
    const file = makeProfile('sheet-json', icloud, { includePassword: false });
    expect(file.mimeType).toBe('application/json');
    expect(JSON.parse(file.content)).toEqual({ format: 'apppass-mail-settings', version: 1, email: icloud.email, provider: 'iCloud', incoming: icloud.incoming, outgoing: icloud.outgoing });
    const withPw = makeProfile('sheet-json', icloud, { includePassword: true, password: SECRET });
    expect((JSON.parse(withPw.content) as Dict)['password']).toBe(SECRET);
    expect(withPw.warning).toBe(PASSWORD_WARNING);
  });

  it('text lists every server field', () => {
    const file = makeProfile('sheet-text', icloud, { includePassword: false });
    for (const value of ['imap.mail.me.com', '993', 'SSL/TLS', 'jane.doe', 'smtp.mail.me.com', '587', 'STARTTLS', 'jane.doe@icloud.com']) expect(file.content).toContain(value);
    expect(file.content).not.toContain(SECRET);
    expect(makeProfile('sheet-text', icloud, { includePassword: true, password: SECRET }).content).toContain(`App password: ${SECRET}`);
  });
});

describe('guides', () => {
  const m365: AccountSettings = {
    email: 'printer@contoso.example',
    displayName: 'Microsoft 365',
    providerId: 'microsoft365',
    incoming: { protocol: 'imap', host: 'outlook.office365.com', port: 993, security: 'ssl', username: 'printer@contoso.example' },
    outgoing: { protocol: 'smtp', host: 'smtp.office365.com', port: 587, security: 'starttls', username: 'printer@contoso.example' },
  };

  it.each(GUIDE_CLIENTS)('%s: steps carry the real values', (client) => {
    const guide = guideFor(client, icloud);
    expect(guide.client).toBe(client);
    expect(guide.title.length).toBeGreaterThan(3);
    expect(guide.steps.length).toBeGreaterThanOrEqual(4);
    const text = guide.steps.join('\n');
    for (const value of ['imap.mail.me.com', 'smtp.mail.me.com', '993', '587', 'jane.doe@icloud.com']) expect(text).toContain(value);
    expect(guide.oauth2Note).toBeNull();
  });

  it.each(GUIDE_CLIENTS)('%s: is honest that Microsoft 365 wants OAuth2 and takes app passwords only for SMTP', (client) => {
    const guide = guideFor(client, m365);
    expect(guide.oauth2Note).toMatch(/OAuth2/);
    expect(guide.oauth2Note).toMatch(/only for sending \(SMTP\)/);
    expect(guide.oauth2Note).toMatch(/December 2026/);
  });

  it('tells Outlook.com users an app password will most likely be refused', () => {
    const guide = guideFor('thunderbird', { ...m365, providerId: 'outlook' });
    expect(guide.oauth2Note).toMatch(/most likely be refused/);
  });
});
