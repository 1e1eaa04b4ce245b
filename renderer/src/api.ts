import type { ApppassApi } from '../../electron/contract/index.ts';

declare global {
  interface Window {
    /** Set by the Electron preload or by the browser host; the renderer cannot tell which. */
    readonly apppass: ApppassApi;
  }
}

/** Fired when any call answers LOCKED (auto-lock, the tray, another window): the app shows the lock screen. */
export const LOCKED_EVENT = 'apppass:locked';

type AnyCall = (input?: unknown) => Promise<{ ok: boolean; error?: { code: string } }>;

let wrapped: ApppassApi | null = null;

function wrap(raw: ApppassApi): ApppassApi {
  const out: Record<string, Record<string, AnyCall>> = {};
  for (const [ns, methods] of Object.entries(raw as unknown as Record<string, Record<string, AnyCall>>)) {
    const table: Record<string, AnyCall> = {};
    for (const [name, fn] of Object.entries(methods)) {
      table[name] = async (input?: unknown) => {
        const result = await (input === undefined ? fn() : fn(input));
        if (!result.ok && result.error?.code === 'LOCKED') window.dispatchEvent(new Event(LOCKED_EVENT));
        return result;
      };
    }
    out[ns] = Object.freeze(table);
  }
  return Object.freeze(out) as unknown as ApppassApi;
}

/** The one door to the core. */
export function api(): ApppassApi {
  wrapped ??= wrap(window.apppass);
  return wrapped;
}

/**
 * The same door for background polls (the agent's prompt, the look for copies, scheduled checks):
 * a LOCKED answer does not change the screen. The hosts reload the window on their own locks
 * (auto-lock, tray), and the user's next call brings up the lock screen; a poll never races them.
 */
export function backgroundApi(): ApppassApi {
  return window.apppass;
}
