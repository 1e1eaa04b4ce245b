import { describe, expect, it } from 'vitest';
import { catalogSchema, providerDataSchema } from '../../../../electron/contract/calls/providers.ts';
import { APP_PASSWORD_PROVIDER_IDS } from '../../../../electron/contract/calls/generator.ts';
import { CATALOG, getProvider, providerForDomain, providerForMx } from '../../../../electron/core/providers/index.ts';
import { PROVIDER_FORMATS } from '../../../../electron/core/provider-formats/index.ts';
import { isAppError } from '../../../../electron/core/errors/index.ts';

const REQUIRED_IDS = ['microsoft365', 'outlook', 'gmail', 'icloud', 'yahoo', 'aol', 'fastmail', 'zoho', 'gmx'];
const ADDED_IDS = ['qq', 'netease-163', 'netease-126', 'netease-yeah', 'yandex', 'mailru', 'att', 'naver', 'daum', 't-online', 'seznam', 'mailcom', 'posteo', 'mailbox-org'];

describe('provider catalog', () => {
  it('matches the catalog schema, with an integer version and an expiry after its date', () => {
    const parsed = catalogSchema.safeParse(CATALOG);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(Number.isInteger(CATALOG.version)).toBe(true);
    expect(CATALOG.expires > CATALOG.date).toBe(true);
  });

  it('has the original ids and the twelve added providers, each once', () => {
    const ids = CATALOG.providers.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [...REQUIRED_IDS, ...ADDED_IDS]) expect(ids).toContain(id);
  });

  it('gives every provider a format rule from provider-formats, or explicitly none', () => {
    for (const p of CATALOG.providers) {
      if (p.appPasswords.formatId !== null) expect(Object.keys(PROVIDER_FORMATS)).toContain(p.appPasswords.formatId);
    }
    for (const id of APP_PASSWORD_PROVIDER_IDS) expect(getProvider(id).appPasswords.formatId).toBe(id);
  });

  it('uses https for every page and source, dates every note and keeps sources beside the facts', () => {
    for (const p of CATALOG.providers) {
      expect(p.appPasswords.pageUrl.startsWith('https://')).toBe(true);
      expect(p.notes.length, p.id).toBeGreaterThan(0);
      expect(p.sources?.length ?? 0, `${p.id} names where its servers were read`).toBeGreaterThan(0);
      for (const n of p.notes) {
        expect(n.sourceUrl.startsWith('https://')).toBe(true);
        expect(Number.isNaN(Date.parse(n.date))).toBe(false);
      }
    }
  });

  it('stores no relative dates and no future tense about a date in its words', () => {
    const words = JSON.stringify(CATALOG);
    expect(words).not.toMatch(/about \w+ weeks|in \w+ weeks|\bweeks from\b|\bwill be (switched|turned)\b/i);
    expect(words).not.toMatch(/never have it/);
  });

  it('gives the provider\'s own name for the password where it differs', () => {
    expect(getProvider('qq').appPasswords.passwordName).toMatch(/authorization code/);
    expect(getProvider('netease-163').appPasswords.passwordName).toMatch(/authorization code/);
    expect(getProvider('att').appPasswords.passwordName).toBe('Secure Mail Key');
    expect(getProvider('t-online').appPasswords.passwordName).toBe('Passwort für E-Mail-Programme');
  });

  it('offers at least one incoming and one outgoing server for every provider, all encrypted', () => {
    for (const p of CATALOG.providers) {
      expect(p.servers.imap.length + p.servers.pop3.length, p.id).toBeGreaterThan(0);
      expect(p.servers.smtp.length, p.id).toBeGreaterThan(0);
      for (const s of [...p.servers.imap, ...p.servers.pop3, ...p.servers.smtp]) expect(s.security, p.id).not.toBe('none');
    }
  });

  it('never lists one address domain, or one MX domain, under two providers', () => {
    for (const key of ['domains', 'mxDomains'] as const) {
      const seen = new Map<string, string>();
      for (const p of CATALOG.providers) {
        for (const d of p[key]) {
          expect(seen.get(d), `${key} ${d} in ${p.id} and ${seen.get(d)}`).toBeUndefined();
          seen.set(d, p.id);
        }
      }
    }
  });

  it('finds providers by address domain (tenant.onmicrosoft.com included) and by MX domain', () => {
    expect(providerForDomain('GMAIL.com')?.id).toBe('gmail');
    expect(providerForDomain('hotmail.ca')?.id).toBe('outlook');
    expect(providerForDomain('contoso.onmicrosoft.com')?.id).toBe('microsoft365');
    expect(providerForDomain('onmicrosoft.com')).toBeUndefined();
    expect(providerForDomain('verizon.net')?.id).toBe('aol');
    expect(providerForDomain('cox.net')?.id).toBe('yahoo');
    expect(providerForDomain('zoho.eu')?.id).toBe('zoho-eu');
    expect(providerForDomain('example.org')).toBeUndefined();
    expect(providerForMx('aspmx.l.google.com')?.id).toBe('gmail');
    expect(providerForMx('in1-smtp.messagingengine.com')?.id).toBe('fastmail');
    expect(providerForMx('mx.zoho.eu')?.id).toBe('zoho-eu');
    expect(providerForMx('mx01.mail.icloud.com.')?.id).toBe('icloud-custom-domain');
    // Both live under outlook.com; the more specific entry decides (as ISPDB does): a work
    // tenant's MX is Microsoft 365, an Outlook.com custom domain's MX is Outlook.com.
    expect(providerForMx('contoso-com.mail.protection.outlook.com')?.id).toBe('microsoft365');
    expect(providerForMx('example-com.olc.protection.outlook.com')?.id).toBe('outlook');
    expect(providerForMx('outlook.com')).toBeUndefined();
    expect(providerForMx('evilgoogle.com')).toBeUndefined();
  });

  it('rejects an unknown id with UNKNOWN_PROVIDER', () => {
    try {
      getProvider('nope');
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('UNKNOWN_PROVIDER');
    }
  });

  it('the schema refuses http page URLs, undated or unsourced notes, and notes with both text and a dated change', () => {
    const gmail = CATALOG.providers.find((p) => p.id === 'gmail');
    if (!gmail) throw new Error('gmail missing');
    const note = gmail.notes[0] ?? { date: '', sourceUrl: '', confidence: 'confirmed' as const };
    expect(providerDataSchema.safeParse(gmail).success).toBe(true);
    expect(providerDataSchema.safeParse({ ...gmail, appPasswords: { ...gmail.appPasswords, pageUrl: 'http://myaccount.google.com/apppasswords' } }).success).toBe(false);
    expect(providerDataSchema.safeParse({ ...gmail, notes: [{ ...note, sourceUrl: 'http://example.com/x' }] }).success).toBe(false);
    const { date: _date, ...undated } = note;
    expect(providerDataSchema.safeParse({ ...gmail, notes: [undated] }).success).toBe(false);
    const both = { ...note, change: { on: '2027-01-01', before: 'Before the change, this.', after: 'After the change, that.' } };
    expect(providerDataSchema.safeParse({ ...gmail, notes: [both] }).success).toBe(false);
  });
});
