import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, parseCsp, responseHeaders } from '../../../electron/main/security/index.ts';

function metaCsp(html: string): string | null {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return match?.[1] ?? null;
}

describe('Content-Security-Policy', () => {
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
    const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
    expect(metaCsp(html)).toBe(CONTENT_SECURITY_POLICY);
  });

  it('the protocol handler sends it as a header on every file, with nosniff and the right type', () => {
    const html = responseHeaders('/r/index.html');
    expect(html['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(html['X-Content-Type-Options']).toBe('nosniff');
    expect(html['Content-Type']).toBe('text/html; charset=utf-8');
    expect(responseHeaders('/r/assets/index-abc.js')['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(responseHeaders('/r/assets/x.weird')['Content-Type']).toBe('application/octet-stream');
  });
});
