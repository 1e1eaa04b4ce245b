import { describe, expect, it } from 'vitest';
import { parseAutoconfig, AUTOCONFIG_MAX_BYTES } from '../../../../electron/core/providers/index.ts';
import { isAppError } from '../../../../electron/core/errors/index.ts';

export const SAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="example.org">
    <domain>example.org</domain>
    <domain>example.net</domain>
    <displayName>Example Mail</displayName>
    <incomingServer type="imap">
      <hostname>imap.%EMAILDOMAIN%</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication>password-cleartext</authentication>
    </incomingServer>
    <incomingServer type="imap">
      <hostname>oauth-only.example.org</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication>OAuth2</authentication>
    </incomingServer>
    <incomingServer type="pop3">
      <hostname>pop.example.org</hostname>
      <port>110</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILLOCALPART%</username>
      <authentication>password-cleartext</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.example.org</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication>OAuth2</authentication>
      <authentication>password-cleartext</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>`;

function code(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return isAppError(error) ? error.code : 'not an AppError';
  }
}

describe('parseAutoconfig', () => {
  it('reads servers, placeholders, domains and name; skips OAuth2-only servers', () => {
    const parsed = parseAutoconfig(SAMPLE, 'example.org');
    expect(parsed.id).toBe('example.org');
    expect(parsed.displayName).toBe('Example Mail');
    expect(parsed.domains).toEqual(['example.org', 'example.net']);
    expect(parsed.servers).toEqual({
      imap: [{ host: 'imap.example.org', port: 993, security: 'ssl', username: 'address' }],
      pop3: [{ host: 'pop.example.org', port: 110, security: 'starttls', username: 'localpart' }],
      smtp: [{ host: 'smtp.example.org', port: 587, security: 'starttls', username: 'address' }],
    });
  });

  it('refuses DOCTYPEs and entities (XXE, billion laughs) with AUTOCONFIG_INVALID', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><clientConfig><emailProvider id="x"><displayName>&e;</displayName></emailProvider></clientConfig>`;
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><clientConfig>&lol2;</clientConfig>`;
    expect(code(() => parseAutoconfig(xxe, 'x.org'))).toBe('AUTOCONFIG_INVALID');
    expect(code(() => parseAutoconfig(laughs, 'x.org'))).toBe('AUTOCONFIG_INVALID');
  });

  it('does not expand entity references in text', () => {
    const xml = SAMPLE.replace('<displayName>Example Mail</displayName>', '<displayName>A &amp; B &unknown;</displayName>');
    const parsed = parseAutoconfig(xml, 'example.org');
    expect(parsed.displayName).toBe('A & B &unknown;');
    expect(parsed.servers.imap).toHaveLength(1);
  });

  it('refuses files over the size limit', () => {
    const big = SAMPLE.replace('<displayName>', `<!-- ${'x'.repeat(AUTOCONFIG_MAX_BYTES)} --><displayName>`);
    expect(code(() => parseAutoconfig(big, 'example.org'))).toBe('AUTOCONFIG_INVALID');
  });

  it.each([
    ['not XML', 'hello world'],
    ['truncated', SAMPLE.slice(0, 300)],
    ['wrong root', '<html><body>404</body></html>'],
    ['no servers', '<clientConfig version="1.1"><emailProvider id="x"><domain>x.org</domain></emailProvider></clientConfig>'],
    ['bad port', SAMPLE.replaceAll('<port>587</port>', '<port>99999</port>')],
    ['hostile host name', SAMPLE.replace('smtp.example.org', 'smtp.example.org;rm -rf /')],
    ['empty', ''],
  ])('refuses %s with AUTOCONFIG_INVALID', (_name, xml) => {
    expect(code(() => parseAutoconfig(xml, 'example.org'))).toBe('AUTOCONFIG_INVALID');
  });

  it('survives deeply nested input without crashing', () => {
    const deep = `<clientConfig>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</clientConfig>`;
    expect(code(() => parseAutoconfig(deep, 'example.org'))).toBe('AUTOCONFIG_INVALID');
  });
});
