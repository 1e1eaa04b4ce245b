import { ImapFlow } from 'imapflow';
import type { CheckInput } from '../../../contract/calls/mail.ts';
import { tlsOptions } from './tls-options.ts';

/** Signs in over IMAP and logs out; throws what imapflow throws. Never logs (logger: false). */
export async function checkImap(input: CheckInput, timeoutMs: number, signal: AbortSignal): Promise<void> {
  const client = new ImapFlow({
    host: input.host,
    port: input.port,
    secure: input.security === 'ssl',
    doSTARTTLS: input.security === 'starttls' ? true : input.security === 'none' ? false : undefined,
    auth: { user: input.username, pass: input.password },
    logger: false,
    tls: tlsOptions(input.host, input.caPem),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    disableAutoIdle: true,
    emitLogs: false,
  });
  client.on('error', () => undefined);
  const abort = (): void => {
    client.close();
  };
  signal.addEventListener('abort', abort, { once: true });
  try {
    await client.connect();
    await client.logout().catch(() => undefined);
  } finally {
    signal.removeEventListener('abort', abort);
    client.close();
  }
}
