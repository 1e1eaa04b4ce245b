import { createTransport } from 'nodemailer';
import type { CheckInput } from '../../../contract/calls/mail.ts';
import { tlsOptions } from './tls-options.ts';

/** Signs in over SMTP with nodemailer's verify(); throws what nodemailer throws. Never logs. */
export async function checkSmtp(input: CheckInput, timeoutMs: number, signal: AbortSignal): Promise<void> {
  const transport = createTransport({
    host: input.host,
    port: input.port,
    secure: input.security === 'ssl',
    requireTLS: input.security === 'starttls',
    ignoreTLS: input.security === 'none',
    auth: { user: input.username, pass: input.password },
    tls: tlsOptions(input.host, input.caPem),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    logger: false,
    debug: false,
  });
  const abort = (): void => transport.close();
  signal.addEventListener('abort', abort, { once: true });
  try {
    await transport.verify();
  } finally {
    signal.removeEventListener('abort', abort);
    transport.close();
  }
}
