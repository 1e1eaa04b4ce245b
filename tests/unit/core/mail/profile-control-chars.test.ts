import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../../../electron/core/api/index.ts';
import { VaultService } from '../../../../electron/core/vault/index.ts';

/**
 * L3 (security review 2026-11): control characters in the account, display name or user name made
 * the .mobileconfig builder fail with INTERNAL and the Thunderbird XML not well-formed. Through IPC
 * they are now refused as VALIDATION, before a setup file is built.
 */
const vault = new VaultService('/nonexistent/apppass/v.apppass');
const handlers = createHandlers({ version: 't', platform: 'linux', vaultPath: vault.path, vault });
const settings = {
  email: 'jane@example.org',
  displayName: 'Jane',
  providerId: null,
  incoming: { protocol: 'imap', host: 'imap.example.org', port: 993, security: 'ssl', username: 'jane@example.org' },
  outgoing: { protocol: 'smtp', host: 'smtp.example.org', port: 465, security: 'ssl', username: 'jane@example.org' },
};

describe('setup files refuse control characters (L3)', () => {
  it('a clean account builds every format', async () => {
    for (const format of ['mobileconfig', 'thunderbird']) expect(await dispatch(handlers, 'mail.profile', { format, settings })).toMatchObject({ ok: true });
  });

  it.each([
    ['display name', { ...settings, displayName: 'Jane\u0001' }],
    ['e-mail', { ...settings, email: 'ja\u0001ne@example.org' }],
    ['incoming user name', { ...settings, incoming: { ...settings.incoming, username: 'jane\u0007' } }],
    ['outgoing user name', { ...settings, outgoing: { ...settings.outgoing, username: 'jane\u001b[0m' } }],
  ])('%s with a control character is VALIDATION for every format', async (_what, bad) => {
    for (const format of ['mobileconfig', 'thunderbird', 'sheet-text']) {
      expect(await dispatch(handlers, 'mail.profile', { format, settings: bad })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });
});
