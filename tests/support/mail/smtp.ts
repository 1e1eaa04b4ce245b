import { readFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import { createServer as createTlsServer, type Server as TlsServer, type TLSSocket } from 'node:tls';
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
    // Implicit TLS is terminated by our own tls.Server (see startImplicitTls).
    secured: secure,
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

/**
 * Implicit TLS in front of a `secured` smtp-server. smtp-server's own implicit-TLS listener
 * crashes Node 20 (SIGSEGV) when it is closed right after a client dropped mid-handshake, so
 * this harness terminates TLS itself and hands finished TLS sockets to smtp-server.
 */
function startImplicitTls(smtp: SMTPServer, opts: SmtpServersOptions, port: number): Promise<{ stop(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: TlsServer = createTlsServer({ key: readFileSync(opts.keyFile), cert: readFileSync(opts.certFile) }, (tlsSocket: TLSSocket) => {
    sockets.add(tlsSocket);
    tlsSocket.once('close', () => sockets.delete(tlsSocket));
    smtp.server.emit('connection', tlsSocket);
  });
  server.on('tlsClientError', () => undefined);
  server.on('error', () => undefined);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        stop: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            for (const s of sockets) s.destroy();
          }),
      }),
    );
  });
}

/** Starts smtp-server in-process: STARTTLS on one free port, implicit TLS on another. */
export async function startSmtpServers(opts: SmtpServersOptions): Promise<SmtpServers> {
  const plain = makeServer(false, opts);
  const secured = makeServer(true, opts);
  const port = await freePort();
  await listen(plain, port);
  const tlsPort = await freePort();
  const tls = await startImplicitTls(secured, opts, tlsPort);
  return { port, tlsPort, stop: async () => void (await Promise.all([close(plain), tls.stop()])) };
}
