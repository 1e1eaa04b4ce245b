import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { builtFile } from './built-dist.ts';
import { createFakeElectron } from './fake-electron.ts';

/**
 * Loads the BUILT Electron main bundle (dist/main/main.cjs) in Node, with a fake `electron` module
 * put in its place by a module-resolution hook (Module._resolveFilename), not by a rebuild: the
 * JavaScript that ships runs, against fakes of Electron's APIs. It is not the Electron runtime
 * (docs/security.md says what that leaves untested).
 *
 * Usage: `const app = await loadBuiltMain({ env: { APPPASS_VAULT: path } })`, then
 * `await app.invoke('vault.status', undefined)` (from the main window), `app.invoke(name, input,
 * 'quick-search')`, or `'untrusted'` for a sender outside the app. `app.close()` undoes the hook.
 */

export type Sender = 'main' | 'quick-search' | 'untrusted';

export interface InvokeResult {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string };
}

type Listener = (event: { sender: unknown; senderFrame: { url: string; parent: unknown } | null }, input: unknown) => Promise<InvokeResult>;
type FakeElectron = ReturnType<typeof createFakeElectron>;
type MenuItem = { label?: string; type?: string; submenu?: MenuItem[]; click?: () => void };

export interface BuiltMain {
  /** The fake electron module main.cjs was given, with the windows, trays and clipboard it touched. */
  electron: FakeElectron;
  started: { status: 'running' | 'quit'; lockNow?: (reason: string) => Promise<void> };
  /** The IPC channels main registered. */
  channels(): string[];
  /** Invokes a channel as the renderer would, from a window of the app (or from outside it). */
  invoke(channel: string, input?: unknown, from?: Sender): Promise<InvokeResult>;
  /** The tray menu as it stands: labels, '---' for separators. */
  trayLabels(): string[];
  /** Clicks a tray item by its path of labels (e.g. ['Thunderbird', 'Copy password']). */
  clickTray(...path: string[]): void;
  close(): void;
}

const FAKE_ID = '/apppass-test/fake-electron.cjs';
const nodeRequire = createRequire(import.meta.url);
const Module = nodeRequire('node:module') as {
  _resolveFilename: (request: string, ...rest: unknown[]) => string;
  _cache: Record<string, unknown>;
  new (id: string): { exports: unknown; loaded: boolean; filename: string };
};

/** Points require('electron') at `fake` for every module loaded from now on. Returns the undo. */
function hookElectron(fake: unknown): () => void {
  const original = Module._resolveFilename;
  Module._resolveFilename = function resolveWithFakeElectron(this: unknown, request: string, ...rest: unknown[]): string {
    return request === 'electron' ? FAKE_ID : original.call(this, request, ...rest);
  };
  const module = new Module(FAKE_ID);
  module.exports = fake;
  module.loaded = true;
  module.filename = FAKE_ID;
  Module._cache[FAKE_ID] = module;
  return () => {
    Module._resolveFilename = original;
    delete Module._cache[FAKE_ID];
  };
}

/** Loads dist/main/main.cjs afresh under a new fake electron; resolves once main's `ready` has settled. */
export async function loadBuiltMain(options: { env?: Record<string, string>; gotLock?: boolean; isPackaged?: boolean } = {}): Promise<BuiltMain> {
  const mainFile = builtFile('dist/main/main.cjs');
  builtFile('dist/preload/preload.cjs');
  const electron = createFakeElectron({ gotLock: options.gotLock, isPackaged: options.isPackaged });
  const saved = new Map<string, string | undefined>();
  for (const [name, value] of Object.entries(options.env ?? {})) {
    saved.set(name, process.env[name]);
    process.env[name] = value;
  }
  const unhook = hookElectron(electron.fake);
  delete Module._cache[mainFile];
  let started: BuiltMain['started'];
  try {
    const main = nodeRequire(mainFile) as { ready: Promise<BuiltMain['started']> };
    started = await main.ready;
  } catch (error) {
    unhook();
    throw error;
  }
  const listener = (channel: string): Listener => {
    const found = (electron.fake.ipcMain.handle.mock.calls as unknown as Array<[string, Listener]>).find(([name]) => name === channel);
    if (!found) throw new Error(`dist/main/main.cjs registered no IPC channel "${channel}"`);
    return found[1];
  };
  const windowOf = (kind: 'main' | 'quick-search') =>
    electron.windows.find((w) => (kind === 'quick-search' ? w.url.endsWith('#/quick-search') : !w.url.endsWith('#/quick-search')));
  const menu = (): MenuItem[] => ((electron.trays[0]?.menu as { template?: MenuItem[] } | null)?.template ?? []);
  return {
    electron,
    started,
    channels: () => (electron.fake.ipcMain.handle.mock.calls as unknown as Array<[string]>).map(([name]) => name),
    invoke(channel, input, from = 'main') {
      if (from === 'untrusted') return listener(channel)({ sender: { id: -1 }, senderFrame: { url: 'https://evil.example/', parent: null } }, input);
      const win = windowOf(from);
      if (!win) throw new Error(`No ${from} window is open`);
      const url = from === 'main' ? 'apppass://app/index.html' : 'apppass://app/index.html#/quick-search';
      return listener(channel)({ sender: win.webContents, senderFrame: { url, parent: null } }, input);
    },
    trayLabels: () => menu().map((item) => item.label ?? '---'),
    clickTray(...path) {
      let items = menu();
      let item: MenuItem | undefined;
      for (const label of path) {
        item = items.find((i) => i.label === label);
        if (!item) throw new Error(`No tray item "${label}" in ${JSON.stringify(items.map((i) => i.label))}`);
        items = item.submenu ?? [];
      }
      item?.click?.();
    },
    close() {
      electron.fake.app.emit('before-quit', { preventDefault: () => undefined });
      unhook();
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      rmSync(electron.home, { recursive: true, force: true });
    },
  };
}
