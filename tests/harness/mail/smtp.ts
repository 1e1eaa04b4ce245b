import { readFileSync } from 'node:fs';
import { SMTPServer } from 'smtp-server';
import { freePort } from './ports.ts';

/**
 * How the SMTP server answers AUTH:
 * - `normal`: the test user's password is accepted, anything else gets 535 5.7.8;
 * - `basic-auth-disabled`: every AUTH gets Microsoft's `535 5.7.139 … basic authentication is disabled`;
 * - `basic-auth-removed`: every AUTH gets Microsoft's `550 5.7.30 Basic authentication is not supported for Client Submission`.
 */
export type SmtpAuthMode = 'normal' | 'basic-auth-disabled' | 'basic-auth-removed';

export interface SmtpServersOptions {
  certFile: string;
  keyFile: string;
  user: string;
  password: string;
  authMode?: SmtpAuthMode;
}

export interface SmtpServers {
  /** Plain with STARTTLS (AUTH also allowed before STARTTLS, for the `none` security test). */
  port: number;
  /** Implicit TLS. */
  tlsPort: number;
  stop(): Promise<void>;
}

class SmtpAuthError extends Error {
  readonly responseCode: number;
  constructor(responseCode: number, message: string) {
    super(message);
    this.responseCode = responseCode;
  }
}

function makeServer(secure: boolean, opts: SmtpServersOptions): SMTPServer {
  const mode = opts.authMode ?? 'normal';
  const server = new SMTPServer({
    secure,
    key: readFileSync(opts.keyFile),
    cert: readFileSync(opts.certFile),
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    banner: 'AppPass test SMTP',
    logger: false,
    disabledCommands: [],
    onAuth(auth, _session, callback) {
      if (mode === 'basic-auth-disabled') {
        callback(new SmtpAuthError(535, '5.7.139 Authentication unsuccessful, basic authentication is disabled. [TEST.PROD.OUTLOOK.COM]'));
        return;
      }
      if (mode === 'basic-auth-removed') {
        callback(new SmtpAuthError(550, '5.7.30 Basic authentication is not supported for Client Submission.'));
        return;
      }
      if (auth.username === opts.user && auth.password === opts.password) {
        callback(null, { user: auth.username });
        return;
      }
      callback(new SmtpAuthError(535, '5.7.8 Error: authentication failed'));
    },
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => callback());
    },
  });
  // Without an error handler a client that aborts TLS crashes the process.
  server.on('error', () => undefined);
  return server;
}

function listen(server: SMTPServer, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

function close(server: SMTPServer): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Starts smtp-server in-process twice: STARTTLS on one free port, implicit TLS on another. */
export async function startSmtpServers(opts: SmtpServersOptions): Promise<SmtpServers> {
  const plain = makeServer(false, opts);
  const tls = makeServer(true, opts);
  const port = await freePort();
  await listen(plain, port);
  const tlsPort = await freePort();
  await listen(tls, tlsPort);
  return { port, tlsPort, stop: async () => void (await Promise.all([close(plain), close(tls)])) };
}
