import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTestCertificates, type CertPair } from './certs.ts';
import { startDovecot } from './dovecot.ts';
import { startSmtpServers, type SmtpAuthMode } from './smtp.ts';

export { startSilentListener, type SilentListener } from './silent-listener.ts';
export { freePort, waitForPort } from './ports.ts';
export { startSmtpServers, type SmtpAuthMode, type SmtpServers } from './smtp.ts';
export { makeTestCertificates, type TestCertificates, type CertPair } from './certs.ts';

/** Tools the mail harness needs; pass to `missingTools` from tests/support/require-tool.ts. */
export const MAIL_TOOLS = ['dovecot', 'openssl'] as const;

export interface MailServersOptions {
  user?: string;
  password?: string;
  /** How the SMTP servers answer AUTH (default `normal`). */
  smtpAuthMode?: SmtpAuthMode;
  /** Serve the untrusted self-signed certificate instead of the test-CA one. */
  untrustedCert?: boolean;
}

export interface MailServers {
  host: '127.0.0.1';
  /** `port`: plain IMAP that offers STARTTLS; `tlsPort`: implicit TLS. */
  imap: { host: '127.0.0.1'; port: number; tlsPort: number };
  /** `port`: plain SMTP that offers STARTTLS; `tlsPort`: implicit TLS. */
  smtp: { host: '127.0.0.1'; port: number; tlsPort: number };
  /** The test CA that signed the servers' certificate (PEM and a file holding it). */
  caPem: string;
  caFile: string;
  /** A self-signed certificate that is NOT trusted by caPem. */
  untrusted: CertPair;
  user: string;
  password: string;
  /** Dovecot's log so far. */
  dovecotLog(): string;
  stop(): Promise<void>;
}

/**
 * Starts a throwaway Dovecot (IMAP, STARTTLS and TLS) and smtp-server (STARTTLS and TLS) on
 * 127.0.0.1, with a fresh test CA. Call `stop()` in afterAll: it waits for Dovecot to exit.
 */
export async function startMailServers(opts: MailServersOptions = {}): Promise<MailServers> {
  const user = opts.user ?? 'alice@example.com';
  const password = opts.password ?? 'test-app-password-Xq7v';
  const dir = mkdtempSync(join(tmpdir(), 'apppass-mail-'));
  try {
    const certs = await makeTestCertificates(dir);
    const serving = opts.untrustedCert === true ? certs.untrusted : certs.server;
    const dovecot = await startDovecot({ dir, certFile: serving.certFile, keyFile: serving.keyFile, user, password });
    let smtp;
    try {
      smtp = await startSmtpServers({ certFile: serving.certFile, keyFile: serving.keyFile, user, password, authMode: opts.smtpAuthMode });
    } catch (error) {
      await dovecot.stop();
      throw error;
    }
    const smtpServers = smtp;
    return {
      host: '127.0.0.1',
      imap: { host: '127.0.0.1', port: dovecot.port, tlsPort: dovecot.tlsPort },
      smtp: { host: '127.0.0.1', port: smtpServers.port, tlsPort: smtpServers.tlsPort },
      caPem: certs.caPem,
      caFile: certs.caFile,
      untrusted: certs.untrusted,
      user,
      password,
      dovecotLog: dovecot.log,
      stop: async () => {
        await Promise.all([dovecot.stop(), smtpServers.stop()]);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
export { startDnsServer, type LocalDnsServer, type MxRecord } from './dns-server.ts';
export { startHttpServer, type LocalHttpServer, type Route } from './http-server.ts';
export { harnessProvider, writeTestProvidersFile } from './test-provider.ts';
