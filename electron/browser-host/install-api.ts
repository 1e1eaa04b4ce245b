import type { BrowserContext } from 'playwright-core';
import { CALL_NAMES } from '../contract/index.ts';
import { buildApi } from '../contract/build-api.ts';
import { dispatch, type Handlers } from '../core/api/index.ts';
import { isTrustedSender } from '../core/api/trusted-sender.ts';

const BINDING = '__apppassInvoke';

/**
 * Gives every page of `context` the same `window.apppass` the Electron preload gives: one function
 * per contract call, backed by `dispatch` over the real handler table. The raw binding is captured
 * by the init script and deleted from `window`, so page code sees only `window.apppass`. Calls
 * from subframes or other origins get VALIDATION, as under Electron.
 */
export async function installApi(context: BrowserContext, handlers: Handlers, appOrigin: string): Promise<void> {
  await context.exposeBinding(BINDING, async (source, name: unknown, input: unknown) => {
    const frame = source.frame;
    const trusted = isTrustedSender({ url: frame.url(), parent: frame.parentFrame() }, appOrigin);
    if (!trusted) return { ok: false, error: { code: 'VALIDATION', message: 'This request did not come from the AppPass window.' } };
    return dispatch(handlers, name, input);
  });
  const script = `(() => {
    const invoke = window[${JSON.stringify(BINDING)}];
    delete window[${JSON.stringify(BINDING)}];
    const buildApi = ${buildApi.toString()};
    Object.defineProperty(window, 'apppass', {
      value: buildApi(${JSON.stringify(CALL_NAMES)}, (name, input) => invoke(name, input)),
      writable: false, configurable: false, enumerable: true,
    });
  })();`;
  await context.addInitScript({ content: script });
}
