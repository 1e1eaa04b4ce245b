import { describe, expect, it } from 'vitest';
import { parse as parsePlist } from 'plist';
import { XMLParser } from 'fast-xml-parser';
import { GUIDE_CLIENTS } from '../../../../electron/contract/calls/mail.ts';
import { guideFor, profileFor } from '../../../../electron/core/mail/profiles/index.ts';
import { getProvider } from '../../../../electron/core/providers/lookup.ts';
import { resolveSettings } from '../../../../electron/core/providers/resolve-settings.ts';

const TODAY = '2026-11-30';
const m365 = getProvider('microsoft365', [], TODAY);
const settings = resolveSettings('sam@contoso.com', m365.servers, m365.shortName, m365.id);
const gmail = getProvider('gmail', [], TODAY);
const gmailSettings = resolveSettings('ann@gmail.com', gmail.servers, gmail.shortName, gmail.id);
const APP_PASSWORD = 'your app password (copy it from AppPass)';
const SECRET = 'abcd efgh ijkl mnop';

describe('a provider whose app passwords only send (Microsoft 365): guides', () => {
  it('Thunderbird reads mail with OAuth2 and sends with the app password; Gmail keeps "Normal password" for both', () => {
    const steps = guideFor('thunderbird', settings, [], TODAY).steps.join('\n');
    expect(steps).toMatch(/Incoming: protocol IMAP, .*authentication "OAuth2"/);
    expect(steps).toMatch(/Outgoing: SMTP, .*authentication "Normal password"/);
    expect(steps).not.toMatch(/Incoming: .*Normal password/);

    const g = guideFor('thunderbird', gmailSettings, [], TODAY).steps.join('\n');
    expect(g).toMatch(/Incoming: protocol IMAP, .*authentication "Normal password"/);
  });

  it.each(GUIDE_CLIENTS)('%s: the incoming side signs in with Microsoft, the app password goes to SMTP alone', (client) => {
    const guide = guideFor(client, settings, [], TODAY);
    const steps = guide.steps;
    // Every step that names the incoming server either signs in with Microsoft or warns against the app password.
    for (const step of steps.filter((s) => s.includes(settings.incoming.host))) {
      expect(step).not.toContain(APP_PASSWORD);
      expect(step).toMatch(/OAuth2|refuses app passwords/);
    }
    // The app password appears only in steps for the outgoing server (or the first screen of Thunderbird, which fills SMTP).
    const withPassword = steps.filter((s) => s.includes(APP_PASSWORD));
    expect(withPassword.length).toBeGreaterThan(0);
    expect(steps.some((s) => s.includes(APP_PASSWORD) && s.includes(settings.outgoing.host)) || client === 'thunderbird').toBe(true);
    expect(steps.join('\n')).toContain(settings.outgoing.host);
    expect(steps.join('\n')).toMatch(/sign in on Microsoft 365's page|OAuth2/);
    expect(steps.join('\n')).not.toMatch(/account type IMAP|Choose IMAP|"Personal \(IMAP\)"|"IMAP"\./);
    // The dated fact comes from the catalog's note, worded for today, in the guide's note.
    const note = m365.notes.find((n) => n.id === 'smtp-auth-default-off');
    expect(guide.oauth2Note).toContain(note?.text);
  });

  it.each(GUIDE_CLIENTS)('%s: a provider whose app passwords read mail (Gmail) still sets up IMAP with the password', (client) => {
    const steps = guideFor(client, gmailSettings, [], TODAY).steps.join('\n');
    expect(steps).toContain(gmailSettings.incoming.host);
    expect(steps).not.toMatch(/refuses app passwords/);
  });

  it('the guide words the SMTP AUTH note for the day: before and after the change', () => {
    const before = guideFor('ios-mail', settings, [], '2026-12-30').oauth2Note ?? '';
    const after = guideFor('ios-mail', settings, [], '2027-01-02').oauth2Note ?? '';
    expect(before).toMatch(/^.*From the end of December 2026/m);
    expect(after).toMatch(/Since the end of December 2026/);
    expect(after).not.toMatch(/From the end of December 2026/);
  });
});

describe('a provider whose app passwords only send (Microsoft 365): setup files', () => {
  it('the Apple profile gives the app password to the outgoing server only', () => {
    const file = profileFor('mobileconfig', settings, { includePassword: true, password: SECRET }, [], TODAY);
    const mail = (parsePlist(file.content) as { PayloadContent: Record<string, unknown>[]; PayloadDescription: string });
    const payload = mail.PayloadContent[0] ?? {};
    expect(payload['OutgoingPassword']).toBe(SECRET);
    expect(payload['IncomingPassword']).toBeUndefined();
    expect(payload['OutgoingPasswordSameAsIncomingPassword']).toBe(false);
    expect(file.content.split(SECRET).length - 1).toBe(1);
    expect(mail.PayloadDescription).toMatch(/sending \(SMTP\) only/);
    expect(mail.PayloadDescription).toContain(m365.notes.find((n) => n.id === 'smtp-auth-default-off')?.text);
    expect(file.warning).toBeDefined();
  });

  it('Gmail\'s Apple profile keeps one password for both servers', () => {
    const file = profileFor('mobileconfig', gmailSettings, { includePassword: true, password: SECRET }, [], TODAY);
    const payload = (parsePlist(file.content) as { PayloadContent: Record<string, unknown>[] }).PayloadContent[0] ?? {};
    expect(payload['IncomingPassword']).toBe(SECRET);
    expect(payload['OutgoingPasswordSameAsIncomingPassword']).toBe(true);
  });

  it('Thunderbird autoconfig: incoming OAuth2, outgoing with the password; Gmail keeps the password for both', () => {
    const parse = (xml: string) => new XMLParser({ ignoreAttributes: false }).parse(xml) as { clientConfig: { emailProvider: Record<string, { authentication: string }> } };
    const m = parse(profileFor('thunderbird', settings, { includePassword: false }, [], TODAY).content).clientConfig.emailProvider;
    expect(m['incomingServer']?.authentication).toBe('OAuth2');
    expect(m['outgoingServer']?.authentication).toBe('password-cleartext');
    const g = parse(profileFor('thunderbird', gmailSettings, { includePassword: false }, [], TODAY).content).clientConfig.emailProvider;
    expect(g['incomingServer']?.authentication).toBe('password-cleartext');
  });
});
