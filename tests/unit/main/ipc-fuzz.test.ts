import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, contract, type Result } from '../../../electron/contract/index.ts';
import type { Handlers } from '../../../electron/core/api/index.ts';
import { createHostLog, type SenderFrame } from '../../../electron/core/host-kit/index.ts';
import type { ElectronDeps } from '../../../electron/main/electron-deps.ts';
import { installIpc } from '../../../electron/main/install-ipc.ts';
import type { AppWindows } from '../../../electron/main/install-windows.ts';

type Event = { sender?: unknown; senderFrame: SenderFrame | null };
type Listener = (event: Event, input: unknown) => Promise<Result<unknown>>;

/** The main window's web contents (the one sender the stub windows know). */
const MAIN_WINDOW = { id: 1 };

function setup() {
  const listeners = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => void listeners.set(channel, listener) };
  const spies = Object.fromEntries(CALL_NAMES.map((name) => [name, vi.fn(async () => 'reached')]));
  const windows = { roleOf: (sender: unknown) => (sender === MAIN_WINDOW ? 'main' : null) } as unknown as AppWindows;
  installIpc({ ipcMain } as unknown as ElectronDeps, spies as unknown as Handlers, windows, () => undefined, createHostLog(() => undefined));
  return { listeners, spies };
}

const trusted: Event = { sender: MAIN_WINDOW, senderFrame: { url: 'apppass://app/index.html', parent: null } };

// Values a hostile renderer might send: anything JSON-ish or structured-clone-ish, deep objects,
// prototype keys, huge strings, wrong types.
const hostile = fc.oneof(
  fc.anything({ maxDepth: 4, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }),
  fc.record({ __proto__: fc.anything(), constructor: fc.anything() }, { noNullPrototype: true }),
  fc.dictionary(fc.constantFrom('text', 'url', 'kind', 'length', 'password', 'providerId', 'pasted', '__proto__'), fc.anything({ maxDepth: 2 })),
  fc.string({ minLength: 5000, maxLength: 6000 }),
);

describe('IPC fuzz: malformed payloads never reach a handler', () => {
  it(`≥1,000 malformed payloads across all ${CALL_NAMES.length} calls → VALIDATION every time`, async () => {
    const { listeners, spies } = setup();
    expect([...listeners.keys()].sort()).toEqual([...CALL_NAMES].sort());
    const perCall = Math.max(60, Math.ceil(1200 / CALL_NAMES.length));
    let sent = 0;
    for (const name of CALL_NAMES) {
      const listener = listeners.get(name);
      if (!listener) throw new Error(`no listener for ${name}`);
      const malformed = hostile.filter((value) => !contract[name].input.safeParse(value).success);
      await fc.assert(
        fc.asyncProperty(malformed, async (payload) => {
          const result = await listener(trusted, payload);
          sent += 1;
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.code).toBe('VALIDATION');
        }),
        { numRuns: perCall },
      );
    }
    expect(sent).toBeGreaterThanOrEqual(1000);
    for (const spy of Object.values(spies)) expect(spy).not.toHaveBeenCalled();
  });

  it('any payload from an untrusted sender → VALIDATION, handler never reached', async () => {
    const { listeners, spies } = setup();
    const senders = fc.constantFrom<Event>(
      { sender: MAIN_WINDOW, senderFrame: null },
      { sender: MAIN_WINDOW, senderFrame: { url: 'https://evil.example/', parent: null } },
      { sender: MAIN_WINDOW, senderFrame: { url: 'apppass://app/index.html', parent: {} } },
      { sender: MAIN_WINDOW, senderFrame: { url: 'file:///opt/AppPass/index.html', parent: null } },
      { sender: MAIN_WINDOW, senderFrame: { url: 'apppass://evil/index.html', parent: null } },
      { sender: MAIN_WINDOW, senderFrame: { url: 'about:blank', parent: null } },
      // The right frame, but from web contents that are none of the app's windows.
      { sender: { id: 99 }, senderFrame: { url: 'apppass://app/index.html', parent: null } },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CALL_NAMES), senders, fc.oneof(fc.constant(undefined), fc.anything({ maxDepth: 2 })), async (name, event, payload) => {
        const result = await listeners.get(name)!(event, payload);
        expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      }),
      { numRuns: 500 },
    );
    for (const spy of Object.values(spies)) expect(spy).not.toHaveBeenCalled();
  });

  it('a well-formed payload from the app window does reach the handler (the wrapper is not a wall)', async () => {
    const { listeners, spies } = setup();
    const result = await listeners.get('app.info')!(trusted, undefined);
    expect(result).toEqual({ ok: true, value: 'reached' });
    expect(spies['app.info']).toHaveBeenCalledTimes(1);
  });
});
