import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../electron/main/install-protocol.ts';
import { windowOptions, windowUrl } from '../../../electron/main/window-options.ts';

describe('windowOptions', () => {
  for (const kind of ['main', 'quick-search'] as const) {
    it(`${kind}: isolation, sandbox and web security on; Node, webviews and experiments off`, () => {
      const options = windowOptions({ kind, preloadPath: '/app/dist/preload/preload.cjs', show: true, packaged: true });
      const prefs = options.webPreferences ?? {};
      expect(prefs.contextIsolation).toBe(true);
      expect(prefs.sandbox).toBe(true);
      expect(prefs.webSecurity).toBe(true);
      expect(prefs.nodeIntegration).toBe(false);
      expect(prefs.nodeIntegrationInWorker).toBe(false);
      expect(prefs.nodeIntegrationInSubFrames).toBe(false);
      expect(prefs.webviewTag).toBe(false);
      expect(prefs.allowRunningInsecureContent).toBe(false);
      expect(prefs.experimentalFeatures).toBe(false);
      expect(prefs).not.toHaveProperty('enableBlinkFeatures');
      expect(prefs.preload).toBe('/app/dist/preload/preload.cjs');
      // Both windows show secrets.
      expect(options.contentProtection).toBe(true);
    });
  }

  it('honours show (start minimised / hidden popup)', () => {
    expect(windowOptions({ kind: 'main', preloadPath: '/p', show: false, packaged: true }).show).toBe(false);
    expect(windowOptions({ kind: 'main', preloadPath: '/p', show: true, packaged: true }).show).toBe(true);
  });

  it('the quick-search popup is a small frameless always-on-top window kept out of the taskbar', () => {
    const popup = windowOptions({ kind: 'quick-search', preloadPath: '/p', show: false, packaged: true });
    expect(popup).toMatchObject({ frame: false, skipTaskbar: true, alwaysOnTop: true, resizable: false });
  });

  it('DevTools exist only in a development run, never in the packaged app (finding L10)', () => {
    expect(windowOptions({ kind: 'main', preloadPath: '/p', show: true, packaged: true }).webPreferences?.devTools).toBe(false);
    expect(windowOptions({ kind: 'main', preloadPath: '/p', show: true, packaged: false }).webPreferences?.devTools).toBe(true);
  });

  it('windows load from the app scheme, never file://', () => {
    expect(windowUrl('main', APP_ORIGIN)).toBe('apppass://app/index.html');
    expect(windowUrl('quick-search', APP_ORIGIN)).toBe('apppass://app/index.html#/quick-search');
  });
});
