import { describe, expect, it, vi } from 'vitest';
import {
  collectHttpsUrls,
  createExternalLinkPolicy,
  liveCatalogAllowlist,
  navigationGuard,
  urlListAllowlist,
  windowOpenHandler,
} from '../../../../electron/core/host-kit/index.ts';
import { CATALOG } from '../../../../electron/core/providers/catalog/index.ts';

const APP_ORIGIN = 'apppass://app';

const listed = urlListAllowlist(['https://myaccount.google.com/apppasswords', 'https://help.example.com/docs/page']);
const allowed = createExternalLinkPolicy(listed);

describe('navigationGuard', () => {
  it('blocks every navigation, in-app or not, and flags the external ones', () => {
    expect(navigationGuard('apppass://app/other.html', APP_ORIGIN)).toEqual({ allow: false, external: false });
    expect(navigationGuard('https://evil.example/', APP_ORIGIN)).toEqual({ allow: false, external: true });
    expect(navigationGuard('file:///etc/passwd', APP_ORIGIN)).toEqual({ allow: false, external: true });
    expect(navigationGuard('not a url', APP_ORIGIN)).toEqual({ allow: false, external: true });
  });
});

describe('windowOpenHandler', () => {
  it('denies every new window; allowed links are opened externally instead', () => {
    expect(windowOpenHandler('https://myaccount.google.com/apppasswords', allowed)).toEqual({ action: 'deny', openExternally: true });
    expect(windowOpenHandler('https://evil.example/', allowed)).toEqual({ action: 'deny', openExternally: false });
    expect(windowOpenHandler('apppass://app/index.html', allowed)).toEqual({ action: 'deny', openExternally: false });
  });
});

describe('external link policy', () => {
  it('allows https links the catalog or the docs list', () => {
    expect(allowed('https://myaccount.google.com/apppasswords')).toBe(true);
    expect(allowed('https://myaccount.google.com/apppasswords#x')).toBe(true);
    expect(allowed('https://help.example.com/docs/page')).toBe(true);
    expect(allowed('https://github.com/apppass/apppass/blob/main/docs/security.md')).toBe(true);
  });

  it('refuses other schemes, unlisted hosts and paths, credentials, ports and look-alikes', () => {
    for (const url of [
      'http://myaccount.google.com/apppasswords',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://host/share',
      'https://myaccount.google.com/other',
      'https://myaccount.google.com/apppasswords-evil',
      'https://myaccount.google.com.evil.example/apppasswords',
      'https://user:pw@myaccount.google.com/apppasswords',
      'https://myaccount.google.com:8443/apppasswords',
      'https://help.example.com/docsX',
      // Exact pages only (finding L15): nothing below a listed page, no other query.
      'https://help.example.com/docs/page/deeper',
      'https://help.example.com/docs/',
      'https://myaccount.google.com/apppasswords?continue=https://evil.example',
      'https://github.com/apppass/apppass/blob/main/docs/not-listed.md',
      'https://github.com/apppass/apppass-evil/',
      'not a url',
      '',
      `https://help.example.com/docs/${'a'.repeat(3000)}`,
    ]) {
      expect(allowed(url), url).toBe(false);
    }
  });

  it('a throwing allowlist counts as "not listed"', () => {
    const policy = createExternalLinkPolicy(() => {
      throw new Error('boom');
    });
    expect(policy('https://example.com/')).toBe(false);
  });

  it('is wired to the provider catalog: its page URLs are allowed', () => {
    const urls = [...collectHttpsUrls(CATALOG)];
    expect(urls.length).toBeGreaterThan(5);
    const policy = createExternalLinkPolicy(urlListAllowlist(urls));
    for (const url of urls) expect(policy(url), url).toBe(true);
    expect(policy('https://evil.example/')).toBe(false);
  });

  it('follows the catalog in use: a page that a newer catalog adds is allowed once it is in use', () => {
    let catalog: unknown = { providers: [{ page: 'https://old.example/apppasswords' }] };
    const policy = createExternalLinkPolicy(liveCatalogAllowlist(() => catalog));
    expect(policy('https://old.example/apppasswords')).toBe(true);
    expect(policy('https://new.example/app-passwords')).toBe(false);
    catalog = { providers: [{ page: 'https://new.example/app-passwords' }] };
    expect(policy('https://new.example/app-passwords')).toBe(true);
    expect(policy('https://old.example/apppasswords')).toBe(false);
  });

  it('collectHttpsUrls finds URLs in nested data and prose, never http ones', () => {
    const found = collectHttpsUrls({ a: ['see https://a.example/x.', { b: 'http://b.example/' }], c: 'https://c.example/y' });
    expect([...found].sort()).toEqual(['https://a.example/x', 'https://c.example/y']);
  });

  it('the handler never calls openExternal for refused links', () => {
    const open = vi.fn();
    const url = 'https://evil.example/';
    if (windowOpenHandler(url, allowed).openExternally) open(url);
    expect(open).not.toHaveBeenCalled();
  });
});
