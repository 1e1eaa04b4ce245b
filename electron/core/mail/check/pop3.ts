import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { CheckInput } from '../../../contract/calls/mail.ts';
import { tlsOptions } from './tls-options.ts';

/** An error shaped like the others the classifier reads. */
class Pop3Error extends Error {
  readonly code: string;
  readonly response: string | undefined;
  readonly authenticationFailed: boolean;
  constructor(code: string, message: string, response?: string, authenticationFailed = false) {
    super(message);
    this.code = code;
    this.response = response;
    this.authenticationFailed = authenticationFailed;
  }
}

/** Reads one-line POP3 replies from a socket. */
function lineReader(socket: Socket): () => Promise<string> {
  let buffer = '';
  const waiting: Array<(line: string) => void> = [];
  const lines: string[] = [];
  socket.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('latin1');
    let i: number;
    while ((i = buffer.indexOf('\r\n')) >= 0) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 2);
      const w = waiting.shift();
      if (w !== undefined) w(line);
      else lines.push(line);
    }
  });
  return () => {
    const ready = lines.shift();
    if (ready !== undefined) return Promise.resolve(ready);
    return new Promise((resolve, reject) => {
      waiting.push(resolve);
      socket.once('close', () => reject(new Pop3Error('ECONNRESET', 'The POP3 server closed the connection.')));
    });
  };
}

function opened(socket: Socket, secure: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once(secure ? 'secureConnect' : 'connect', () => resolve());
    socket.once('error', reject);
  });
}

/** A minimal POP3 sign-in (USER/PASS, with STLS for starttls) followed by QUIT. */
export async function checkPop3(input: CheckInput, timeoutMs: number, signal: AbortSignal): Promise<void> {
  const tls = tlsOptions(input.host, input.caPem);
  let socket: Socket =
    input.security === 'ssl' ? tlsConnect({ host: input.host, port: input.port, ...tls }) : netConnect({ host: input.host, port: input.port });
  const sockets: Socket[] = [socket];
  const abort = (): void => sockets.forEach((s) => s.destroy());
  signal.addEventListener('abort', abort, { once: true });
  socket.setTimeout(timeoutMs, () => socket.destroy(new Pop3Error('ETIMEDOUT', 'The POP3 server did not answer in time.')));
  try {
    await opened(socket, input.security === 'ssl');
    let read = lineReader(socket);
    const expectOk = async (what: string, auth = false): Promise<void> => {
      const line = await read();
      if (!line.startsWith('+OK')) throw new Pop3Error(auth ? 'EAUTH' : 'EPROTOCOL', `The POP3 server refused ${what}.`, line, auth);
    };
    await expectOk('the connection');
    if (input.security === 'starttls') {
      socket.write('STLS\r\n');
      await expectOk('STARTTLS');
      socket.removeAllListeners('data');
      socket = tlsConnect({ socket, ...tls });
      sockets.push(socket);
      await opened(socket, true);
      read = lineReader(socket);
    }
    socket.write(`USER ${input.username}\r\n`);
    await expectOk('the user name', true);
    socket.write(`PASS ${input.password}\r\n`);
    await expectOk('the password', true);
    socket.write('QUIT\r\n');
  } finally {
    signal.removeEventListener('abort', abort);
    sockets.forEach((s) => s.destroy());
  }
}
