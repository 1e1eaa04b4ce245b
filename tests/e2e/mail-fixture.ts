import type { Provider } from '../../electron/contract/calls/providers.ts';
import { getProvider } from '../../electron/core/providers/index.ts';
import { MAIL_TOOLS, startMailServers, type MailServers } from '../support/mail/index.ts';
import { missingTools } from '../support/require-tool.ts';
import { builtHost, hostEnvFor, test as base } from './host-fixture.ts';

/** The harness's mail user; its domain belongs to the test provider below. */
export const HARNESS_USER = 'alice@harness-mail.test';
export const HARNESS_APP_PASSWORD = 'hqzt-wmrk-pvlc-ydsn';
/** An address the Microsoft 365 provider claims in these tests (real work domains are found by MX). */
export const M365_ADDRESS = 'sam.taylor@contoso-e2e.com';

/** A catalog-shaped provider whose servers are the harness's Dovecot and smtp-server (implicit TLS, test CA). */
export function harnessProvider(mail: MailServers): Provider {
  return {
    id: 'harness',
    name: 'Harness Mail (test)',
    shortName: 'Harness',
    domains: ['harness-mail.test'],
    mxDomains: [],
    appPasswords: {
      pageUrl: 'https://harness-mail.test/app-passwords',
      steps: ['Sign in at harness-mail.test.', 'Open Security → App passwords and create one.'],
      prerequisites: ['Two-step verification is on for the account.'],
      limits: { maxCount: 10, revokedByPasswordChange: true, notes: [] },
      formatId: null,
      worksFor: ['imap', 'smtp'],
    },
    servers: {
      imap: [{ host: mail.imap.host, port: mail.imap.tlsPort, security: 'ssl', username: 'address' }],
      pop3: [],
      smtp: [{ host: mail.smtp.host, port: mail.smtp.tlsPort, security: 'ssl', username: 'address' }],
    },
    oauth2: { preferred: false, advice: 'This test provider signs in with app passwords only.' },
    notes: [
      {
        date: '2026-11-01',
        text: 'App passwords for this test provider are said to expire after a year.',
        sourceUrl: 'https://harness-mail.test/news',
        confidence: 'reported',
      },
    ],
  };
}

/** The real Microsoft 365 catalog entry, also claiming M365_ADDRESS's domain so no MX lookup is needed. */
export function microsoft365ForTests(): Provider {
  const real = getProvider('microsoft365');
  return { ...real, domains: [...real.domains, 'contoso-e2e.com'] };
}

const missingMail = missingTools([...MAIL_TOOLS]);

/**
 * Like host-fixture, plus the mail harness (one Dovecot + smtp-server per worker) wired into the
 * real core through its test hooks: the harness provider, the real Microsoft 365 entry for a test
 * domain, and the harness's CA trusted by sign-in checks.
 */
export const test = base.extend<object, { mail: MailServers | null }>({
  mail: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const servers = missingMail ? null : await startMailServers({ user: HARNESS_USER, password: HARNESS_APP_PASSWORD });
      await use(servers);
      await servers?.stop();
    },
    { scope: 'worker' },
  ],
  host: async ({ vaultPath, workDir, hostEnv, chromiumBrowser, mail }, use) => {
    base.skip(chromiumBrowser === null, 'e2e needs chromium');
    base.skip(mail === null, `e2e mail ${missingMail || ''}`);
    if (chromiumBrowser === null || mail === null) return;
    const host = await (await builtHost()).runBrowserHost({
      env: hostEnvFor(workDir, vaultPath, hostEnv),
      browser: chromiumBrowser,
      headless: true,
      // As in host-fixture: the tests look at the clipboard from the page (never in npm run start:browser).
      testClipboardRead: true,
      testMail: { extraCaPem: mail.caPem, testProviders: [harnessProvider(mail), microsoft365ForTests()] },
    });
    await use(host);
    await host.close();
  },
});

export { expect } from '@playwright/test';
