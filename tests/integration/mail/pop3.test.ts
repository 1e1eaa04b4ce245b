import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TLSSocket, createServer as createTlsServer, createSecureContext } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSignIn } from '../../../electron/core/mail/index.ts';
import { missingTools } from '../../support/require-tool.ts';
import { makeTestCertificates, type TestCertificates } from '../../support/mail/index.ts';

// Dovecot's POP3 server is not installed here, so POP3 is checked against a small scripted server.
const missing = missingTools(['openssl']);
const USER = 'carol@example.com';
const PASS = 'pop-app-pass-123';

function pop3Session(socket: Socket, onStls?: () => void): void {
  socket.on('error', () => undefined);
  socket.write('+OK test POP3 ready\r\n');
  let user = '';
  let buffer = '';
  const onData = (chunk: Buffer): void => {
    buffer += chunk.toString('latin1');
    let i: number;
    while ((i = buffer.indexOf('\r\n')) >= 0) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 2);
      const [cmd, ...rest] = line.split(' ');
      const arg = rest.join(' ');
      if (cmd === 'STLS' && onStls !== undefined) {
        socket.write('+OK begin TLS\r\n');
        socket.removeListener('data', onData);
        onStls();
        return;
      }
      if (cmd === 'USER') {
        user = arg;
        socket.write('+OK\r\n');
      } else if (cmd === 'PASS') socket.write(user === USER && arg === PASS ? '+OK logged in\r\n' : '-ERR [AUTH] Authentication failed.\r\n');
      else if (cmd === 'QUIT') socket.end('+OK bye\r\n');
      else socket.write('-ERR unknown\r\n');
    }
  };
  socket.on('data', onData);
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
}

describe.skipIf(missing)('POP3 sign-in check', () => {
  let dir: string;
  let certs: TestCertificates;
  let plain: Server;
  let tls: Server;
  let plainPort: number;
  let tlsPort: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'apppass-pop3-'));
    certs = await makeTestCertificates(dir);
    const key = readFileSync(certs.server.keyFile);
    const cert = readFileSync(certs.server.certFile);
    plain = createServer((socket) =>
      pop3Session(socket, () => {
        const secure = new TLSSocket(socket, { isServer: true, secureContext: createSecureContext({ key, cert }) });
        pop3SessionAfterTls(secure);
      }),
    );
    const pop3SessionAfterTls = (socket: TLSSocket): void => {
      socket.on('error', () => undefined);
      let user = '';
      let buffer = '';
      socket.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('latin1');
        let i: number;
        while ((i = buffer.indexOf('\r\n')) >= 0) {
          const [cmd, ...rest] = buffer.slice(0, i).split(' ');
          buffer = buffer.slice(i + 2);
          if (cmd === 'USER') {
            user = rest.join(' ');
            socket.write('+OK\r\n');
          } else if (cmd === 'PASS') socket.write(user === USER && rest.join(' ') === PASS ? '+OK\r\n' : '-ERR [AUTH] Authentication failed.\r\n');
          else if (cmd === 'QUIT') socket.end('+OK\r\n');
        }
      });
    };
    tls = createTlsServer({ key, cert }, (socket) => pop3Session(socket));
    tls.on('tlsClientError', () => undefined);
    plainPort = await listen(plain);
    tlsPort = await listen(tls);
  });
  afterAll(async () => {
    await Promise.all([new Promise((r) => plain?.close(r)), new Promise((r) => tls?.close(r))]);
    rmSync(dir, { recursive: true, force: true });
  });

  const base = { protocol: 'pop3' as const, host: '127.0.0.1', username: USER };

  it('right password → OK over SSL, STARTTLS (STLS) and plain', async () => {
    expect((await checkSignIn({ ...base, port: tlsPort, security: 'ssl', password: PASS, caPem: certs.caPem })).category).toBe('OK');
    expect((await checkSignIn({ ...base, port: plainPort, security: 'starttls', password: PASS, caPem: certs.caPem })).category).toBe('OK');
    expect((await checkSignIn({ ...base, port: plainPort, security: 'none', password: PASS })).category).toBe('OK');
  });

  it('wrong password → AUTH_FAILED, without the password in the result', async () => {
    const result = await checkSignIn({ ...base, port: tlsPort, security: 'ssl', password: 'wrong-pop-pass', caPem: certs.caPem });
    expect(result.category).toBe('AUTH_FAILED');
    expect(result.detail).toMatch(/AUTH/);
    expect(JSON.stringify(result)).not.toContain('wrong-pop-pass');
  });

  it('untrusted certificate → TLS_ERROR', async () => {
    expect((await checkSignIn({ ...base, port: tlsPort, security: 'ssl', password: PASS })).category).toBe('TLS_ERROR');
  });
});
