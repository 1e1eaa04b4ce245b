import fc from 'fast-check';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, resolveRendererPath } from '../../../electron/main/security/index.ts';

const root = '/opt/AppPass/resources/app.asar/dist/renderer';

describe('protocol handler path resolution', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveRendererPath(root, 'apppass://app/', APP_ORIGIN)).toBe(join(root, 'index.html'));
    expect(resolveRendererPath(root, 'apppass://app/index.html', APP_ORIGIN)).toBe(join(root, 'index.html'));
    expect(resolveRendererPath(root, 'apppass://app/assets/index-1a2b.js?v=1#x', APP_ORIGIN)).toBe(join(root, 'assets/index-1a2b.js'));
    expect(resolveRendererPath(root, 'apppass://app/assets/a%20b.css', APP_ORIGIN)).toBe(join(root, 'assets/a b.css'));
  });

  it('plain dot segments are clamped by the URL parser to the root (still inside the folder)', () => {
    expect(resolveRendererPath(root, 'apppass://app/../../../etc/passwd', APP_ORIGIN)).toBe(join(root, 'etc/passwd'));
    expect(resolveRendererPath(root, 'apppass://app/%2e%2e/%2e%2e/etc/passwd', APP_ORIGIN)).toBe(join(root, 'etc/passwd'));
  });

  it('refuses encoded traversal, other hosts and odd encodings', () => {
    for (const url of [
      'apppass://app/assets/%2E%2E%2F%2E%2E%2Fsecret',
      'apppass://app/..%2f..%2fmain/main.cjs',
      'apppass://app/assets/..%5c..%5cmain.cjs',
      'apppass://app/a%00.html',
      'apppass://app/%E0%A4%A',
      'apppass://evil/index.html',
      'https://app/index.html',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect(resolveRendererPath(root, url, APP_ORIGIN), url).toBeNull();
    }
  });

  it('never resolves outside the renderer folder, whatever the path (property)', () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '%2e%2e', '%2E%2e', '..%2f', '%2f', '%5c', '\\', '%00', '', 'a', 'index.html', '~', '%252e%252e'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const file = resolveRendererPath(root, `apppass://app/${segments.join('/')}`, APP_ORIGIN);
        if (file === null) return;
        const rel = relative(resolve(root), file);
        expect(rel.startsWith('..')).toBe(false);
        expect(file.startsWith(`${root}/`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
