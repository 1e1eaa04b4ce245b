import type { CallName, Result } from '../../contract/index.ts';
import { dispatch, isCallName } from '../api/dispatch.ts';
import type { Handlers } from '../api/handler-types.ts';
import type { HostLog } from './host-log.ts';
import { isTrustedSender, type SenderFrame } from './origin-rules.ts';

/** The kinds of window a host shows. The browser host's one page is 'main'. */
export type WindowRole = 'main' | 'quick-search';

/**
 * The calls each window may make (least capability, finding M5). The quick-search popup finds,
 * copies and hides itself; it never reveals a secret, exports, or changes the vault.
 */
export const QUICK_SEARCH_CALLS: ReadonlySet<CallName> = new Set<CallName>(['shell.quickSearch', 'shell.hideQuickSearch', 'clipboard.copyEntry']);

export function callAllowedFor(role: WindowRole, name: CallName): boolean {
  return role === 'main' || QUICK_SEARCH_CALLS.has(name);
}

/** Who is calling: the sending frame, and the role of the window it belongs to (null: none of ours). */
export interface Caller {
  frame: SenderFrame | null | undefined;
  role: WindowRole | null;
}

export type CallRefusal = 'not the app frame' | 'not an app window' | 'not a call of this window';

/** Pure: why a call is refused before it is parsed, or null when it may go on to dispatch. */
export function callRefusal(caller: Caller, name: unknown, appOrigin: string): CallRefusal | null {
  if (!isTrustedSender(caller.frame, appOrigin)) return 'not the app frame';
  if (caller.role === null) return 'not an app window';
  if (isCallName(name) && !callAllowedFor(caller.role, name)) return 'not a call of this window';
  return null;
}

const REFUSED = 'This request did not come from an AppPass window that may make it.';

/**
 * The one "accept a call" step of both hosts: the sender check, the window's capabilities, then
 * dispatch (which parses the input with the call's schema). A refusal is logged once, with the
 * reason and the call's name, never the payload, and answers VALIDATION. Never throws.
 */
export async function acceptCall(handlers: Handlers, caller: Caller, name: unknown, input: unknown, host: { appOrigin: string; log: HostLog }): Promise<Result<unknown>> {
  const refusal = callRefusal(caller, name, host.appOrigin);
  if (refusal !== null) {
    host.log.refused('call', refusal, isCallName(name) ? name : '(unknown call)');
    return { ok: false, error: { code: 'VALIDATION', message: REFUSED } };
  }
  return dispatch(handlers, name, input);
}
