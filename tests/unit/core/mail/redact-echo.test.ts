import { describe, expect, it } from 'vitest';
import { classifyError, scrub } from '../../../../electron/core/mail/index.ts';

/**
 * L7 (security review 2026-11): a POP3 server echoing the password in another form got it shown:
 * 5 of 6 forms (Latin-1 decoding of a non-ASCII password, base64, SASL PLAIN base64, capitals,
 * spaced out) were not redacted.
 */
const PW = 'CheckPw-027e8866a63e-päß';
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const latin1 = Buffer.from(PW, 'utf8').toString('latin1');

const ECHOES: Array<[string, string]> = [
  ['exact', `-ERR [AUTH] bad password ${PW}`],
  ['utf-8 read as latin1', `-ERR [AUTH] bad password ${latin1}`],
  ['base64 (AUTH LOGIN)', `-ERR [AUTH] bad password ${b64(PW)}`],
  ['SASL PLAIN base64', `-ERR [AUTH] bad password ${b64(`\0user\0${PW}`)}`],
  ['capitals', `-ERR [AUTH] bad password ${PW.toUpperCase()}`],
  ['latin1 capitals', `-ERR [AUTH] bad password ${latin1.toUpperCase()}`],
  ['spaced out', `-ERR [AUTH] bad password ${PW.split('').join(' ')}`],
  ['535 with the password in the middle', `535 5.7.8 Error: authentication failed: ${PW.slice(0, 12)} rejected`],
];

/** Every 6-character piece of the password, lower case, spaces ignored: none may survive. */
function leaked(detail: string): string[] {
  const squash = (t: string) => t.toLowerCase().replace(/\s+/g, '');
  const pw = squash(PW);
  const text = squash(detail);
  const pieces = Array.from({ length: pw.length - 5 }, (_, i) => pw.slice(i, i + 6));
  return [...pieces.filter((p) => text.includes(p)), ...[b64(PW), b64(PW).slice(0, 12)].filter((f) => detail.includes(f))];
}

describe('the sign-in check shows no echoed form of the password (L7)', () => {
  it.each(ECHOES)('%s', (_name, reply) => {
    const detail = scrub(reply, PW);
    expect(leaked(detail)).toEqual([]);
    expect(detail.startsWith('-ERR') || detail.startsWith('535 5.7.8')).toBe(true);
    const classified = classifyError({ code: 'EAUTH', responseCode: 535, response: reply }, PW);
    expect(leaked(classified.detail)).toEqual([]);
  });

  it('a reply without the password is left as it is', () => {
    expect(scrub('-ERR [AUTH] Authentication failed.', PW)).toBe('-ERR [AUTH] Authentication failed.');
    expect(scrub('535 5.7.8 Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials', PW)).toContain('BadCredentials');
  });
});
