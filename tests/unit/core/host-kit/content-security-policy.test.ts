import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentTypeFor, parseCsp, securityHeaders } from '../../../../electron/core/host-kit/index.ts';

function metaCsp(html: string): string | null {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return match?.[1] ?? null;
}

describe('Content-Security-Policy and the security headers', () => {
  it('script-src allows only self: no unsafe-inline, no unsafe-eval, no wildcard', () => {
    const csp = parseCsp(CONTENT_SECURITY_POLICY);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    for (const [, sources] of csp) expect(sources).not.toContain('*');
  });

  it('the meta tag in renderer/index.html is exactly the header policy', () => {
    const html = readFileSync(new URL('../../../../renderer/index.html', import.meta.url), 'utf8');
    expect(metaCsp(html)).toBe(CONTENT_SECURITY_POLICY);
  });

  it('the headers every answer carries: CSP, nosniff, no framing, no referrer, no cache', () => {
    expect(securityHeaders()).toEqual({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
  });

  it('MIME types by extension, octet-stream otherwise', () => {
    expect(contentTypeFor('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/r/assets/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/r/assets/x.weird')).toBe('application/octet-stream');
  });
});
