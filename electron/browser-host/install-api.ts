import type { BrowserContext } from 'playwright-core';
import { CALL_NAMES } from '../contract/index.ts';
import { buildApi } from '../contract/build-api.ts';
import type { Handlers } from '../core/api/index.ts';
import { acceptCall, isTrustedSender, type HostLog } from '../core/host-kit/index.ts';

const INVOKE = '__apppassInvoke';
const ACTIVITY = '__apppassActivity';

/**
 * Gives every page of `context` the same `window.apppass` the Electron preload gives: one function
 * per contract call, accepted by the host kit's acceptCall (the sender's frame, then dispatch) over
 * the real handler table. The page is the browser host's one window, in the 'main' role. The init
 * script also reports the user's keyboard, pointer and wheel activity (the auto-lock's idle
 * source); the raw bindings are captured and deleted from `window`, so page code sees only
 * `window.apppass`.
 */
export async function installApi(context: BrowserContext, handlers: Handlers, host: { appOrigin: string; log: HostLog; onActivity: () => void }): Promise<void> {
  await context.exposeBinding(INVOKE, async (source, name: unknown, input: unknown) => {
    const frame = source.frame;
    return acceptCall(handlers, { frame: { url: frame.url(), parent: frame.parentFrame() }, role: 'main' }, name, input, host);
  });
  await context.exposeBinding(ACTIVITY, (source) => {
    if (isTrustedSender({ url: source.frame.url(), parent: source.frame.parentFrame() }, host.appOrigin)) host.onActivity();
  });
  const script = `(() => {
    const invoke = window[${JSON.stringify(INVOKE)}];
    const activity = window[${JSON.stringify(ACTIVITY)}];
    delete window[${JSON.stringify(INVOKE)}];
    delete window[${JSON.stringify(ACTIVITY)}];
    const buildApi = ${buildApi.toString()};
    Object.defineProperty(window, 'apppass', {
      value: buildApi(${JSON.stringify(CALL_NAMES)}, (name, input) => invoke(name, input)),
      writable: false, configurable: false, enumerable: true,
    });
    let lastMove = 0;
    const report = () => void activity().catch(() => undefined);
    for (const type of ['keydown', 'pointerdown', 'wheel', 'touchstart']) window.addEventListener(type, report, { capture: true, passive: true });
    window.addEventListener('pointermove', () => {
      const now = performance.now();
      if (now - lastMove >= 1000) { lastMove = now; report(); }
    }, { capture: true, passive: true });
  })();`;
  await context.addInitScript({ content: script });
}
