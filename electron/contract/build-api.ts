import type { ApppassApi } from './index.ts';
import type { Result } from './result.ts';

export type Invoke = (name: string, input: unknown) => Promise<Result<unknown>>;

/**
 * Builds the `window.apppass` object from the list of call names: exactly one function per
 * call, nothing generic. Shared by the Electron preload and the browser host. It must not import
 * zod (the preload bundle stays small) — it receives the names.
 */
export function buildApi(callNames: readonly string[], invoke: Invoke): ApppassApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of callNames) {
    const dot = name.indexOf('.');
    const ns = name.slice(0, dot);
    const method = name.slice(dot + 1);
    const group = (api[ns] ??= {});
    group[method] = (input?: unknown) => invoke(name, input);
  }
  for (const group of Object.values(api)) Object.freeze(group);
  return Object.freeze(api) as unknown as ApppassApi;
}
