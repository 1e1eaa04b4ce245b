import { describe, expect, it } from 'vitest';
import { classifyError, scrub, CHECK_ADVICE } from '../../../../electron/core/mail/index.ts';
import { CHECK_CATEGORIES } from '../../../../electron/contract/calls/mail.ts';

const SECRET = 'hunter2-app-pass';

function err(fields: Record<string, unknown>): Error {
  return Object.assign(new Error(typeof fields['message'] === 'string' ? fields['message'] : 'x'), fields);
}

describe('classifyError', () => {
  it.each([
    [{ code: 'EAUTH', responseCode: 535, response: '535 5.7.139 Authentication unsuccessful, basic authentication is disabled.' }, 'BASIC_AUTH_DISABLED'],
    [{ code: 'EAUTH', responseCode: 550, response: '550 5.7.30 Basic authentication is not supported for Client Submission.' }, 'BASIC_AUTH_DISABLED'],
    [{ message: 'Command failed', responseText: 'AUTHENTICATE failed. LogonDenied-BasicAuthBlocked' }, 'BASIC_AUTH_DISABLED'],
    [{ code: 'EAUTH', responseCode: 535, response: '535 5.7.8 Error: authentication failed' }, 'AUTH_FAILED'],
    [{ authenticationFailed: true, serverResponseCode: 'AUTHENTICATIONFAILED' }, 'AUTH_FAILED'],
    [{ code: 'ESOCKET', message: 'connect ECONNREFUSED 127.0.0.1:1' }, 'CONNECTION_REFUSED'],
    [{ code: 'ECONNREFUSED' }, 'CONNECTION_REFUSED'],
    [{ code: 'EDNS', message: 'getaddrinfo ENOTFOUND nope.invalid' }, 'DNS_FAILURE'],
    [{ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }, 'TLS_ERROR'],
    [{ code: 'ERR_TLS_CERT_ALTNAME_INVALID' }, 'TLS_ERROR'],
    [{ code: 'ETIMEDOUT' }, 'TIMEOUT'],
    [{ code: 'CONNECT_TIMEOUT' }, 'TIMEOUT'],
  ])('%o → %s', (fields, category) => {
    expect(classifyError(err(fields), SECRET).category).toBe(category);
  });

  it('follows causes', () => {
    expect(classifyError(err({ message: 'wrapped', cause: { code: 'SELF_SIGNED_CERT_IN_CHAIN' } }), SECRET)).toEqual({ category: 'TLS_ERROR', detail: 'SELF_SIGNED_CERT_IN_CHAIN' });
  });

  it('scrubs the password if a server echoes it', () => {
    const result = classifyError(err({ code: 'EAUTH', responseCode: 535, response: `535 bad password ${SECRET} for user` }), SECRET);
    expect(result.category).toBe('AUTH_FAILED');
    expect(result.detail).not.toContain(SECRET);
    expect(result.detail).toContain('[redacted]');
  });

  it('scrub limits length and flattens lines', () => {
    expect(scrub(`a\r\nb${'x'.repeat(500)}`, SECRET).length).toBeLessThanOrEqual(201);
    expect(scrub('a\r\nb', SECRET)).toBe('a b');
  });

  it('has plain advice for every category', () => {
    for (const c of CHECK_CATEGORIES) expect(CHECK_ADVICE[c].length).toBeGreaterThan(20);
  });
});

describe('checkSignIn input guard', () => {
  it('refuses a password with a line break before connecting, without echoing it', async () => {
    const { checkSignIn } = await import('../../../../electron/core/mail/index.ts');
    const error = await checkSignIn({ protocol: 'pop3', host: '127.0.0.1', port: 1, security: 'none', username: 'a', password: `${SECRET}\r\nDELE 1` }).catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('USAGE');
    expect(String((error as Error).message)).not.toContain(SECRET);
  });
});
