import type { ApppassApi } from '../../electron/contract/index.ts';

declare global {
  interface Window {
    /** Set by the Electron preload or by the browser host; the renderer cannot tell which. */
    readonly apppass: ApppassApi;
  }
}

/** The one door to the core. */
export function api(): ApppassApi {
  return window.apppass;
}
