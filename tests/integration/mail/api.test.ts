import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, createServices, dispatch } from '../../../electron/core/api/index.ts';
import type { Services } from '../../../electron/core/api/services.ts';
import { loadTestMailSetup, TEST_CA_ENV, TEST_PROVIDERS_ENV } from '../../../electron/core/providers/index.ts';
import { CATALOG } from '../../../electron/core/providers/index.ts';
import { missingTools } from '../../support/require-tool.ts';
import { MAIL_TOOLS, startMailServers, writeTestProvidersFile, type MailServers } from '../../support/mail/index.ts';

const missing = missingTools(MAIL_TOOLS);

function baseServices(): Services {
  return createServices({ version: '0.0.0-test', platform: 'linux', vaultPath: '/nonexistent/vault.apppass' });
}

describe('providers.* and mail.* calls without network', () => {
  const handlers = createHandlers(baseServices());

  it('providers.list returns the catalog with its version and date', async () => {
    const result = await dispatch(handlers, 'providers.list', undefined);
    expect(result.ok && (result.value as { catalog: { version: number; date: string } }).catalog).toMatchObject({ version: CATALOG.version, date: CATALOG.date });
    expect(result.ok && (result.value as { providers: unknown[] }).providers).toHaveLength(CATALOG.providers.length);
  });

  it('providers.get: known id, and UNKNOWN_PROVIDER otherwise', async () => {
    const ok = await dispatch(handlers, 'providers.get', { id: 'zoho' });
    expect(ok.ok && (ok.value as { name: string }).name).toBe('Zoho Mail (zoho.com)');
    const bad = await dispatch(handlers, 'providers.get', { id: 'nope' });
    expect(!bad.ok && bad.error.code).toBe('UNKNOWN_PROVIDER');
  });

  it('providers.detect refuses a non-address with VALIDATION and answers catalog domains', async () => {
    expect((await dispatch(handlers, 'providers.detect', { email: 'nope' })).ok).toBe(false);
    const r = await dispatch(handlers, 'providers.detect', { email: 'a@yahoo.com' });
    expect(r.ok && (r.value as { source: string }).source).toBe('catalog');
  });

  it('mail.check input errors never echo the password', async () => {
    const secret = 'super-secret-app-pass';
    const r = await dispatch(handlers, 'mail.check', { protocol: 'imap', host: 'bad host!', port: 993, security: 'ssl', username: 'a', password: secret });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain(secret);
  });

  it('mail.profile and mail.guide', async () => {
    const settings = {
      email: 'a@gmail.com',
      displayName: 'Gmail',
      providerId: 'gmail',
      incoming: { protocol: 'imap', host: 'imap.gmail.com', port: 993, security: 'ssl', username: 'a@gmail.com' },
      outgoing: { protocol: 'smtp', host: 'smtp.gmail.com', port: 465, security: 'ssl', username: 'a@gmail.com' },
    };
    const file = await dispatch(handlers, 'mail.profile', { format: 'sheet-json', settings });
    expect(file.ok && (file.value as { fileName: string }).fileName).toBe('a-at-gmail.com-mail-settings.json');
    const guide = await dispatch(handlers, 'mail.guide', { client: 'gmail-android', settings });
    expect(guide.ok && (guide.value as { oauth2Note: string }).oauth2Note).toMatch(/Sign in with Google/);
  });
});

describe.skipIf(missing)('the wizard flow against the harness through the test hook', () => {
  let servers: MailServers;
  let dir: string;

  beforeAll(async () => {
    servers = await startMailServers();
    dir = mkdtempSync(join(tmpdir(), 'apppass-api-mail-'));
  });
  afterAll(async () => {
    await servers?.stop();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('APPPASS_TEST_PROVIDERS_FILE → detect finds the harness provider → check says OK with the extra CA', async () => {
    const file = writeTestProvidersFile(servers, join(dir, 'providers.json'));
    const setup = await loadTestMailSetup({ [TEST_PROVIDERS_ENV]: file });
    expect(setup?.testProviders.map((p) => p.id)).toEqual(['harness']);
    const handlers = createHandlers({ ...baseServices(), testMail: setup });

    const detected = await dispatch(handlers, 'providers.detect', { email: servers.user });
    expect(detected.ok).toBe(true);
    const value = (detected.ok ? detected.value : null) as { source: string; provider: { id: string }; settings: { incoming: { protocol: 'imap'; host: string; port: number; security: 'ssl'; username: string } } };
    expect(value.source).toBe('catalog');
    expect(value.provider.id).toBe('harness');

    const { incoming } = value.settings;
    const ok = await dispatch(handlers, 'mail.check', { ...incoming, password: servers.password });
    expect(ok.ok && (ok.value as { category: string }).category).toBe('OK');
    expect(JSON.stringify(ok)).not.toContain(servers.password);
    const wrong = await dispatch(handlers, 'mail.check', { ...incoming, password: 'wrong-one-123' });
    expect(wrong.ok && (wrong.value as { category: string }).category).toBe('AUTH_FAILED');

    // Without the hook the same server's certificate is not trusted.
    const plain = await dispatch(createHandlers(baseServices()), 'mail.check', { ...incoming, password: servers.password });
    expect(plain.ok && (plain.value as { category: string }).category).toBe('TLS_ERROR');
  });

  it('the loader reads a CA file too, and rejects files that do not match the catalog schema', async () => {
    const setup = await loadTestMailSetup({ [TEST_CA_ENV]: servers.caFile });
    expect(setup?.extraCaPem).toBe(servers.caPem);
    expect(await loadTestMailSetup({})).toBeUndefined();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([{ id: 'x' }]));
    await expect(loadTestMailSetup({ [TEST_PROVIDERS_ENV]: bad })).rejects.toMatchObject({ code: 'VALIDATION' });
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{');
    await expect(loadTestMailSetup({ [TEST_PROVIDERS_ENV]: notJson })).rejects.toMatchObject({ code: 'IO_ERROR' });
  });
});

describe('mail.check input', () => {
  it('refuses control characters in user name or password (no command smuggling), without echoing them', async () => {
    const handlers = createHandlers(baseServices());
    const base = { protocol: 'pop3', host: '127.0.0.1', port: 110, security: 'none' };
    const user = await dispatch(handlers, 'mail.check', { ...base, username: 'a\r\nDELE 1', password: 'x' });
    expect(!user.ok && user.error.code).toBe('VALIDATION');
    const pass = await dispatch(handlers, 'mail.check', { ...base, username: 'a', password: 'secret\r\nQUIT' });
    expect(!pass.ok && pass.error.code).toBe('VALIDATION');
    expect(JSON.stringify(pass)).not.toContain('secret');
  });
});
