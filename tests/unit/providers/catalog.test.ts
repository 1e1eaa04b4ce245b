import { describe, expect, it } from 'vitest';
import { catalogSchema, providerSchema } from '../../../electron/contract/calls/providers.ts';
import { APP_PASSWORD_PROVIDER_IDS } from '../../../electron/contract/calls/generator.ts';
import { CATALOG, getProvider, providerForDomain, providerForMx } from '../../../electron/core/providers/index.ts';
import { PROVIDER_FORMATS } from '../../../electron/core/provider-formats/index.ts';
import { isAppError } from '../../../electron/core/errors/index.ts';

const REQUIRED_IDS = ['microsoft365', 'outlook', 'gmail', 'icloud', 'yahoo', 'aol', 'fastmail', 'zoho', 'gmx'];

describe('provider catalog', () => {
  it('matches the catalog schema', () => {
    const parsed = catalogSchema.safeParse(CATALOG);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('has the required ids plus at least one more, each once', () => {
    const ids = CATALOG.providers.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of REQUIRED_IDS) expect(ids).toContain(id);
    expect(ids.length).toBeGreaterThanOrEqual(10);
  });

  it('gives every provider a format rule from provider-formats, or explicitly none', () => {
    for (const p of CATALOG.providers) {
      if (p.appPasswords.formatId === null) {
        expect((APP_PASSWORD_PROVIDER_IDS as readonly string[]).includes(p.id), `${p.id} has a format rule but the catalog says none`).toBe(false);
      } else {
        expect(Object.keys(PROVIDER_FORMATS)).toContain(p.appPasswords.formatId);
      }
    }
    for (const id of APP_PASSWORD_PROVIDER_IDS) expect(getProvider(id).appPasswords.formatId).toBe(id);
  });

  it('uses https for every page and source, and dates every note', () => {
    for (const p of CATALOG.providers) {
      expect(p.appPasswords.pageUrl.startsWith('https://')).toBe(true);
      expect(p.notes.length).toBeGreaterThan(0);
      for (const n of p.notes) {
        expect(n.sourceUrl.startsWith('https://')).toBe(true);
        expect(['confirmed', 'reported']).toContain(n.confidence);
        expect(Number.isNaN(Date.parse(n.date))).toBe(false);
      }
    }
    expect(CATALOG.lastVerified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('states plainly that Exchange Online SMTP AUTH goes off by default at the end of December 2026', () => {
    const ms = getProvider('microsoft365');
    const note = ms.notes.find((n) => /SMTP AUTH/.test(n.text) && /December 2026/.test(n.text));
    expect(note?.confidence).toBe('confirmed');
    expect(note?.text).toMatch(/off by default/);
    expect(ms.appPasswords.worksFor).toEqual(['smtp']);
    expect(ms.oauth2.preferred).toBe(true);
  });

  it('offers at least one incoming and one outgoing server for every provider', () => {
    for (const p of CATALOG.providers) {
      expect(p.servers.imap.length + p.servers.pop3.length, p.id).toBeGreaterThan(0);
      expect(p.servers.smtp.length, p.id).toBeGreaterThan(0);
      expect(p.servers.imap.every((s) => s.security !== 'none')).toBe(true);
    }
    expect(getProvider('icloud').servers.imap[0]?.username).toBe('localpart');
    expect(getProvider('icloud').servers.smtp[0]?.username).toBe('address');
  });

  it('never lists one address domain under two providers', () => {
    const seen = new Map<string, string>();
    for (const p of CATALOG.providers) {
      for (const d of p.domains) {
        expect(seen.get(d), `${d} in ${p.id} and ${seen.get(d)}`).toBeUndefined();
        seen.set(d, p.id);
      }
    }
  });

  it('finds providers by address domain and by MX domain', () => {
    expect(providerForDomain('GMAIL.com')?.id).toBe('gmail');
    expect(providerForDomain('hotmail.com')?.id).toBe('outlook');
    expect(providerForDomain('example.org')).toBeUndefined();
    expect(providerForMx('google.com')?.id).toBe('gmail');
    expect(providerForMx('outlook.com')?.id).toBe('microsoft365');
    expect(providerForMx('messagingengine.com')?.id).toBe('fastmail');
    expect(providerForMx('zoho.eu')?.id).toBe('zoho');
  });

  it('rejects an unknown id with UNKNOWN_PROVIDER', () => {
    try {
      getProvider('nope');
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('UNKNOWN_PROVIDER');
    }
  });

  it('the schema refuses http page URLs and undated or unsourced notes', () => {
    const gmail = getProvider('gmail');
    expect(providerSchema.safeParse({ ...gmail, appPasswords: { ...gmail.appPasswords, pageUrl: 'http://myaccount.google.com/apppasswords' } }).success).toBe(false);
    const badNote = { ...gmail.notes[0], sourceUrl: 'http://example.com/x' };
    expect(providerSchema.safeParse({ ...gmail, notes: [badNote] }).success).toBe(false);
    const { date: _date, ...undated } = gmail.notes[0] ?? { date: '' };
    expect(providerSchema.safeParse({ ...gmail, notes: [undated] }).success).toBe(false);
  });
});
