import { describe, expect, it } from 'vitest';
import { defaultVaultPath } from '../../../../electron/core/platform/default-vault-path.ts';
import { isTrustedSender } from '../../../../electron/core/host-kit/index.ts';

describe('defaultVaultPath', () => {
  it('prefers APPPASS_VAULT', () => expect(defaultVaultPath({ APPPASS_VAULT: '/x.apppass' }, 'linux', '/h')).toBe('/x.apppass'));
  it('uses XDG_CONFIG_HOME or ~/.config on Linux', () => {
    expect(defaultVaultPath({ XDG_CONFIG_HOME: '/c' }, 'linux', '/h')).toBe('/c/AppPass/vault.apppass');
    expect(defaultVaultPath({}, 'linux', '/h')).toBe('/h/.config/AppPass/vault.apppass');
  });
  it('uses Application Support on macOS', () => expect(defaultVaultPath({}, 'darwin', '/h')).toBe('/h/Library/Application Support/AppPass/vault.apppass'));
});

describe('isTrustedSender', () => {
  const origin = 'apppass://app';
  it('trusts only the main frame of our origin', () => {
    expect(isTrustedSender({ url: 'apppass://app/index.html', parent: null }, origin)).toBe(true);
    expect(isTrustedSender({ url: 'apppass://app/index.html', parent: {} }, origin)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, origin)).toBe(false);
    expect(isTrustedSender({ url: 'about:blank', parent: null }, origin)).toBe(false);
    expect(isTrustedSender({ url: 'not a url', parent: null }, origin)).toBe(false);
    expect(isTrustedSender({ url: 'apppass://app.evil/', parent: null }, origin)).toBe(false);
    expect(isTrustedSender({ url: 'apppass://other/', parent: null }, origin)).toBe(false);
    expect(isTrustedSender({ url: 'file:///srv/renderer/index.html', parent: null }, 'file://')).toBe(false);
    expect(isTrustedSender(null, origin)).toBe(false);
  });
  it('works for the browser host origin too', () => {
    expect(isTrustedSender({ url: 'http://127.0.0.1:4321/', parent: null }, 'http://127.0.0.1:4321')).toBe(true);
    expect(isTrustedSender({ url: 'http://127.0.0.1:4322/', parent: null }, 'http://127.0.0.1:4321')).toBe(false);
  });
});
