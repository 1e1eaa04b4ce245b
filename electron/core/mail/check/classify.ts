import type { CheckCategory } from '../../../contract/calls/mail.ts';
import { redactEcho } from './redact-echo.ts';

export interface Classified {
  category: Exclude<CheckCategory, 'OK'>;
  /** Short, secret-free technical detail (an error code, a reply code, a certificate problem). */
  detail: string;
}

const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'EPROTO',
  'ETLS',
]);

/** Microsoft's and similar replies meaning "passwords are not accepted here any more". */
const BASIC_AUTH_DISABLED = /5\.7\.139|5\.7\.30\b|basic auth(entication)? is (disabled|not supported)|basicauthblocked|LogonDenied-BasicAuthBlocked/i;

function field(error: unknown, name: string): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** Takes every echoed form of the secret out (redactEcho, L7) and limits length, so a server echo cannot leak it. */
export function scrub(text: string, secret: string): string {
  let out = redactEcho(text, secret);
  out = out.replace(/[\r\n]+/g, ' ').trim();
  return out.length > 200 ? `${out.slice(0, 200)}…` : out;
}

/** Walks an error and its causes, collecting fields that tell what went wrong. */
function facts(error: unknown): { codes: string[]; texts: string[]; responseCodes: number[]; authFailed: boolean } {
  const codes: string[] = [];
  const texts: string[] = [];
  const responseCodes: number[] = [];
  let authFailed = false;
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    for (const name of ['code', 'originalCode', 'serverResponseCode', 'reason']) {
      const v = str(field(current, name));
      if (v !== undefined) codes.push(v);
    }
    for (const name of ['response', 'responseText', 'message']) {
      const v = str(field(current, name));
      if (v !== undefined) texts.push(v);
    }
    // nodemailer wraps socket errors as ESOCKET; the system code survives in the message.
    const message = str(field(current, 'message')) ?? '';
    for (const m of message.matchAll(/\b(ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET)\b/g)) codes.push(m[1] as string);
    const rc = field(current, 'responseCode');
    if (typeof rc === 'number') responseCodes.push(rc);
    if (field(current, 'authenticationFailed') === true) authFailed = true;
    current = field(current, 'cause');
  }
  return { codes, texts, responseCodes, authFailed };
}

/**
 * Maps whatever imapflow, nodemailer or node:net/tls threw onto a check category. `secret` is
 * scrubbed from the detail in case a server echoed it.
 */
export function classifyError(error: unknown, secret: string): Classified {
  const { codes, texts, responseCodes, authFailed } = facts(error);
  const allText = texts.join(' | ');
  const has = (...names: string[]): string | undefined => codes.find((c) => names.includes(c));
  const reply = (): string => {
    const serverReply = str(field(error, 'response')) ?? str(field(error, 'responseText')) ?? '';
    return scrub(serverReply, secret);
  };

  if (BASIC_AUTH_DISABLED.test(allText)) return { category: 'BASIC_AUTH_DISABLED', detail: reply() || 'basic authentication disabled' };
  const dns = has('ENOTFOUND', 'EAI_AGAIN', 'ENODATA', 'EAI_NONAME', 'EDNS');
  if (dns !== undefined) return { category: 'DNS_FAILURE', detail: dns };
  const refused = has('ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET');
  if (refused === 'ECONNREFUSED' || refused === 'EHOSTUNREACH' || refused === 'ENETUNREACH') return { category: 'CONNECTION_REFUSED', detail: refused };
  const tls = codes.find((c) => TLS_CODES.has(c) || c.startsWith('ERR_SSL_') || c.startsWith('ERR_TLS_'));
  if (tls !== undefined) return { category: 'TLS_ERROR', detail: tls };
  if (/certificate|self[- ]signed|ssl routines|wrong version number/i.test(allText)) return { category: 'TLS_ERROR', detail: scrub(texts[0] ?? 'TLS', secret) };
  if (authFailed || has('EAUTH', 'AUTHENTICATIONFAILED', 'AuthenticationFailure') !== undefined || responseCodes.some((c) => c === 535 || c === 534 || c === 530)) {
    return { category: 'AUTH_FAILED', detail: reply() || (has('EAUTH', 'AUTHENTICATIONFAILED') ?? 'authentication failed') };
  }
  const timeout = has('ETIMEDOUT', 'ETIMEOUT', 'ESOCKET_TIMEOUT', 'CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'ESOCKETTIMEDOUT', 'TimeoutError', 'ABORT_ERR');
  if (timeout !== undefined || /timed? ?out/i.test(allText)) return { category: 'TIMEOUT', detail: timeout ?? 'timeout' };
  if (refused === 'ECONNRESET') return { category: 'CONNECTION_REFUSED', detail: refused };
  if (/STARTTLS/i.test(allText)) return { category: 'TLS_ERROR', detail: scrub(texts[0] ?? 'STARTTLS', secret) };
  // Anything else (a closed connection, an unexpected reply): the server would not let us in.
  return { category: 'AUTH_FAILED', detail: scrub(codes[0] ?? texts[0] ?? 'unknown error', secret) };
}
