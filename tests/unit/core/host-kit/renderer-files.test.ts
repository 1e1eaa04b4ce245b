import fc from 'fast-check';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererFileFor } from '../../../../electron/core/host-kit/index.ts';

const root = '/opt/AppPass/resources/app.asar/dist/renderer';
const ELECTRON = 'apppass://app';
const BROWSER = 'http://127.0.0.1:4321';

describe('the renderer path guard (both hosts)', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    for (const origin of [ELECTRON, BROWSER]) {
      expect(rendererFileFor(root, `${origin}/`, origin)).toBe(join(root, 'index.html'));
      expect(rendererFileFor(root, `${origin}/index.html`, origin)).toBe(join(root, 'index.html'));
      expect(rendererFileFor(root, `${origin}/assets/index-1a2b.js?v=1#x`, origin)).toBe(join(root, 'assets/index-1a2b.js'));
      expect(rendererFileFor(root, `${origin}/assets/a%20b.css`, origin)).toBe(join(root, 'assets/a b.css'));
    }
  });

  it('refuses dot segments as they arrive, plain or encoded (the browser host once served /a/../index.html)', () => {
    for (const origin of [ELECTRON, BROWSER]) {
      for (const path of ['/a/../index.html', '/../etc/passwd', '/./index.html', '/%2e%2e/etc/passwd', '/assets/%2E%2E/index.html', '//index.html', '/assets//x.js']) {
        expect(rendererFileFor(root, `${origin}${path}`, origin), path).toBeNull();
      }
    }
  });

  it('refuses encoded slashes and backslashes, NUL, bad encodings, other origins and long URLs', () => {
    for (const url of [
      'apppass://app/assets/%2E%2E%2F%2E%2E%2Fsecret',
      'apppass://app/..%2f..%2fmain/main.cjs',
      'apppass://app/assets/..%5c..%5cmain.cjs',
      'apppass://app/a%00.html',
      'apppass://app/%E0%A4%A',
      'apppass://evil/index.html',
      'apppass://app.evil/index.html',
      'https://app/index.html',
      'file:///etc/passwd',
      'apppass://app',
      'not a url',
      `apppass://app/${'a'.repeat(3000)}`,
    ]) {
      expect(rendererFileFor(root, url, ELECTRON), url).toBeNull();
    }
    expect(rendererFileFor(root, `${BROWSER}http://127.0.0.1:4321/index.html`, BROWSER)).toBeNull();
  });

  it('never resolves outside the renderer folder, whatever the path (property)', () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '%2e%2e', '%2E%2e', '..%2f', '%2f', '%5c', '\\', '%00', '', 'a', 'index.html', '~', '%252e%252e'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const file = rendererFileFor(root, `${ELECTRON}/${segments.join('/')}`, ELECTRON);
        if (file === null) return;
        expect(relative(resolve(root), file).startsWith('..')).toBe(false);
        expect(file.startsWith(`${root}/`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
