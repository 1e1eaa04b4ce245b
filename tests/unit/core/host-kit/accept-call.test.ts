import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, type CallName } from '../../../../electron/contract/index.ts';
import type { Handlers } from '../../../../electron/core/api/index.ts';
import { acceptCall, callAllowedFor, callRefusal, createHostLog, QUICK_SEARCH_CALLS } from '../../../../electron/core/host-kit/index.ts';

const ORIGIN = 'apppass://app';
const appFrame = { url: 'apppass://app/index.html', parent: null };
const popupFrame = { url: 'apppass://app/index.html#/quick-search', parent: null };

function spies() {
  return Object.fromEntries(CALL_NAMES.map((name) => [name, vi.fn(async () => 'reached')])) as unknown as Handlers & Record<CallName, ReturnType<typeof vi.fn>>;
}

describe('host kit: accepting a call', () => {
  it('the quick-search popup may find, copy and hide itself, and nothing else (never entries.reveal)', () => {
    expect([...QUICK_SEARCH_CALLS].sort()).toEqual(['clipboard.copyEntry', 'shell.hideQuickSearch', 'shell.quickSearch']);
    for (const name of CALL_NAMES) {
      expect(callAllowedFor('quick-search', name), name).toBe(QUICK_SEARCH_CALLS.has(name));
      expect(callAllowedFor('main', name), name).toBe(true);
    }
    expect(callAllowedFor('quick-search', 'entries.reveal')).toBe(false);
  });

  it('refuses by frame first, then by window, then by capability', () => {
    expect(callRefusal({ frame: null, role: 'main' }, 'app.info', ORIGIN)).toBe('not the app frame');
    expect(callRefusal({ frame: { url: 'apppass://app/', parent: {} }, role: 'main' }, 'app.info', ORIGIN)).toBe('not the app frame');
    expect(callRefusal({ frame: { url: 'https://evil.example/', parent: null }, role: 'main' }, 'app.info', ORIGIN)).toBe('not the app frame');
    expect(callRefusal({ frame: appFrame, role: null }, 'app.info', ORIGIN)).toBe('not an app window');
    expect(callRefusal({ frame: popupFrame, role: 'quick-search' }, 'entries.reveal', ORIGIN)).toBe('not a call of this window');
    expect(callRefusal({ frame: popupFrame, role: 'quick-search' }, 'shell.quickSearch', ORIGIN)).toBeNull();
    expect(callRefusal({ frame: appFrame, role: 'main' }, 'entries.reveal', ORIGIN)).toBeNull();
  });

  it('a refused call answers VALIDATION without reaching dispatch, and is logged once with its reason, never its payload', async () => {
    const handlers = spies();
    const lines: string[] = [];
    const host = { appOrigin: ORIGIN, log: createHostLog((line) => lines.push(line)) };
    for (let i = 0; i < 3; i += 1) {
      const answer = await acceptCall(handlers, { frame: popupFrame, role: 'quick-search' }, 'entries.reveal', { id: 'secret-id-123' }, host);
      expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    await acceptCall(handlers, { frame: { url: 'https://evil.example/', parent: null }, role: 'main' }, 'evil\u0000call', { password: 'hunter2' }, host);
    expect(handlers['entries.reveal']).not.toHaveBeenCalled();
    expect(lines).toEqual([
      'AppPass refused a call (not a call of this window): entries.reveal',
      'AppPass refused a call (not the app frame): (unknown call)',
    ]);
    expect(lines.join('\n')).not.toMatch(/secret-id-123|hunter2/);
  });

  it('an accepted call goes to dispatch (schema first, then the handler)', async () => {
    const handlers = spies();
    const host = { appOrigin: ORIGIN, log: createHostLog(() => undefined) };
    expect(await acceptCall(handlers, { frame: popupFrame, role: 'quick-search' }, 'shell.quickSearch', { query: 'x' }, host)).toEqual({ ok: true, value: 'reached' });
    expect(await acceptCall(handlers, { frame: appFrame, role: 'main' }, 'shell.quickSearch', { query: 5 }, host)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(handlers['shell.quickSearch']).toHaveBeenCalledTimes(1);
  });
});
