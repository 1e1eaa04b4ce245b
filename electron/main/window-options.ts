import type { BrowserWindowConstructorOptions } from 'electron';

import type { WindowRole } from '../core/host-kit/index.ts';

/** The windows Electron main shows; each kind is also the window's role for IPC capabilities. */
export type WindowKind = WindowRole;

export interface WindowOptionsInput {
  kind: WindowKind;
  /** Absolute path of the bundled preload (dist/preload/preload.cjs). */
  preloadPath: string;
  /** Create hidden (start minimised, or the popup before it is summoned). */
  show: boolean;
  /** app.isPackaged: DevTools exist only in a development run (finding L10, docs/security.md). */
  packaged: boolean;
}

/**
 * The one place BrowserWindow options are made. Every window: context isolation, the sandbox
 * and web security on; no Node integration (also in workers and subframes); no webviews; no
 * experimental or Blink features; no spellcheck (it would send typed text to a dictionary
 * service). Both windows show secrets, so `contentProtection` is set (the host also calls
 * setContentProtection(true), which is what Electron documents).
 */
export function windowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions & { contentProtection: boolean } {
  const webPreferences = {
    preload: input.preloadPath,
    contextIsolation: true,
    sandbox: true,
    webSecurity: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    devTools: !input.packaged,
  } satisfies BrowserWindowConstructorOptions['webPreferences'];
  const common = { show: input.show, contentProtection: true, backgroundColor: '#101418', webPreferences };
  if (input.kind === 'main') {
    return { ...common, width: 1100, height: 760, minWidth: 720, minHeight: 520, title: 'AppPass' };
  }
  return {
    ...common,
    width: 560,
    height: 380,
    title: 'AppPass quick search',
    frame: false,
    resizable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    skipTaskbar: true,
    alwaysOnTop: true,
    center: true,
  };
}

/** URL each kind of window loads (the popup is the same renderer, on its quick-search route). */
export function windowUrl(kind: WindowKind, appOrigin: string): string {
  return kind === 'main' ? `${appOrigin}/index.html` : `${appOrigin}/index.html#/quick-search`;
}
