import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSignIn } from '../../../electron/core/mail/check/index.ts';
import type { CheckInput, CheckResult } from '../../../electron/contract/calls/mail.ts';
import { missingTools } from '../../support/require-tool.ts';
import { MAIL_TOOLS, freePort, startMailServers, startSilentListener, type MailServers, type SilentListener } from '../../support/mail/index.ts';

const missing = missingTools(MAIL_TOOLS);

/** Every result is checked for the password: it must never come back in any field. */
function expectNoSecret(result: CheckResult, secret: string): void {
  expect(JSON.stringify(result)).not.toContain(secret);
}

describe.skipIf(missing)('sign-in check against the harness servers', () => {
  let servers: MailServers;
  let untrusted: MailServers;
  let msLike: MailServers;
  let silent: SilentListener;
  const seen: CheckResult[] = [];

  beforeAll(async () => {
    [servers, untrusted, msLike, silent] = await Promise.all([
      startMailServers(),
      startMailServers({ untrustedCert: true }),
      startMailServers({ smtpAuthMode: 'basic-auth-disabled' }),
      startSilentListener(),
    ]);
  });
  afterAll(async () => {
    for (const r of seen) {
      expectNoSecret(r, servers.password);
      expectNoSecret(r, 'wrong-password-zz9');
    }
    await Promise.all([servers?.stop(), untrusted?.stop(), msLike?.stop(), silent?.stop()]);
  });

  async function check(input: Partial<CheckInput> & Pick<CheckInput, 'protocol' | 'port' | 'security'>): Promise<CheckResult> {
    const result = await checkSignIn({ host: '127.0.0.1', username: servers.user, password: servers.password, caPem: servers.caPem, ...input });
    seen.push(result);
    expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
    return result;
  }

  const okCases = [
    ['imap', 'plain', 'none'],
    ['imap', 'plain', 'starttls'],
    ['imap', 'tls', 'ssl'],
    ['smtp', 'plain', 'none'],
    ['smtp', 'plain', 'starttls'],
    ['smtp', 'tls', 'ssl'],
  ] as const;
  for (const [protocol, which, security] of okCases) {
    it(`right password → OK (${protocol}, ${security})`, async () => {
      const port = which === 'tls' ? servers[protocol].tlsPort : servers[protocol].port;
      const result = await check({ protocol, port, security });
      expect(result.detail).toBeUndefined();
      expect(result.category).toBe('OK');
    });
  }

  it('wrong password → AUTH_FAILED over IMAP and SMTP, without echoing it', async () => {
    const imap = await check({ protocol: 'imap', port: servers.imap.tlsPort, security: 'ssl', password: 'wrong-password-zz9' });
    const smtp = await check({ protocol: 'smtp', port: servers.smtp.port, security: 'starttls', password: 'wrong-password-zz9' });
    expect(imap.category).toBe('AUTH_FAILED');
    expect(smtp.category).toBe('AUTH_FAILED');
    expect(smtp.detail).toMatch(/535/);
    expect(imap.advice).toMatch(/app password/);
  });

  it('closed port → CONNECTION_REFUSED', async () => {
    const port = await freePort();
    expect((await check({ protocol: 'imap', port, security: 'ssl' })).category).toBe('CONNECTION_REFUSED');
    expect((await check({ protocol: 'smtp', port, security: 'ssl' })).category).toBe('CONNECTION_REFUSED');
  });

  it('untrusted certificate → TLS_ERROR naming the certificate problem', async () => {
    const imap = await check({ protocol: 'imap', port: untrusted.imap.tlsPort, security: 'ssl' });
    const smtp = await check({ protocol: 'smtp', port: untrusted.smtp.port, security: 'starttls' });
    expect(imap.category).toBe('TLS_ERROR');
    expect(smtp.category).toBe('TLS_ERROR');
    expect(imap.detail).toMatch(/SELF_SIGNED|CERT/);
  });

  it('a server certificate without the test CA trusted → TLS_ERROR', async () => {
    const result = await checkSignIn({ protocol: 'imap', host: '127.0.0.1', port: servers.imap.tlsPort, security: 'ssl', username: servers.user, password: servers.password });
    seen.push(result);
    expect(result.category).toBe('TLS_ERROR');
  });

  it('the extraCaPem option trusts the test CA like caPem does', async () => {
    const result = await checkSignIn(
      { protocol: 'smtp', host: '127.0.0.1', port: servers.smtp.tlsPort, security: 'ssl', username: servers.user, password: servers.password },
      { extraCaPem: servers.caPem },
    );
    seen.push(result);
    expect(result.category).toBe('OK');
  });

  it('a listener that never speaks → TIMEOUT after the given time', async () => {
    const imap = await check({ protocol: 'imap', port: silent.port, security: 'ssl', timeoutMs: 500 });
    const smtp = await check({ protocol: 'smtp', port: silent.port, security: 'starttls', timeoutMs: 500 });
    expect(imap.category).toBe('TIMEOUT');
    expect(smtp.category).toBe('TIMEOUT');
  });

  it("SMTP answering like Microsoft's 5.7.139 → BASIC_AUTH_DISABLED", async () => {
    const result = await check({ protocol: 'smtp', port: msLike.smtp.port, security: 'starttls', caPem: msLike.caPem });
    expect(result.category).toBe('BASIC_AUTH_DISABLED');
    expect(result.detail).toMatch(/5\.7\.139/);
    expect(result.advice).toMatch(/OAuth2/);
  });

  it('an unknown host name → DNS_FAILURE', async () => {
    const result = await check({ protocol: 'smtp', host: 'no-such-host.invalid', port: 465, security: 'ssl' });
    expect(result.category).toBe('DNS_FAILURE');
  });
});
