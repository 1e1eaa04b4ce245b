import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CALL_NAMES } from '../../../electron/contract/index.ts';
import { DEFAULT_GLOBAL_SHORTCUT } from '../../../electron/contract/limits.ts';
import { securityHeaders } from '../../../electron/core/host-kit/index.ts';
import { APP_SCHEME } from '../../../electron/main/install-protocol.ts';

const vaultDir = mkdtempSync(join(tmpdir(), 'apppass-wiring-'));
vi.stubEnv('APPPASS_VAULT', join(vaultDir, 'vault.apppass'));
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(vaultDir, { recursive: true, force: true });
  rmSync(electron.home, { recursive: true, force: true });
});

const electron = await vi.hoisted(async () => {
  const { createFakeElectron } = await import('../../support/fake-electron.ts');
  return createFakeElectron();
});
vi.mock('electron', () => electron.fake);

// Boots the real entry point against the fake electron module.
const main = await import('../../../electron/main/main.ts');
const started = await main.ready;
const { fake } = electron;

type IpcListener = (event: { sender?: unknown; senderFrame: unknown }, input: unknown) => Promise<{ ok: boolean; error?: { code: string } }>;
type Call = readonly unknown[];
const calls = (mock: { mock: { calls: unknown[] } }) => mock.mock.calls as Call[];
/** An IPC event from the main window's main frame. */
const fromMain = () => ({ sender: electron.windows[0]!.webContents, senderFrame: { url: 'apppass://app/index.html', parent: null } });

describe('electron/main wiring (fake electron module)', () => {
  it('starts, requests the single-instance lock and forces the sandbox before ready', () => {
    expect(started.status).toBe('running');
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    expect(fake.app.enableSandbox).toHaveBeenCalledTimes(1);
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('registers every contract call exactly once, each through the sender-validating wrapper', async () => {
    const registered = calls(fake.ipcMain.handle).map((c) => c[0]);
    expect([...registered].sort()).toEqual([...CALL_NAMES].sort());
    for (const [name, listener] of calls(fake.ipcMain.handle) as Array<[string, IpcListener]>) {
      const untrusted = await listener({ sender: fromMain().sender, senderFrame: { url: 'https://evil.example/', parent: null } }, undefined);
      expect(untrusted, name).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      const noWindow = await listener({ sender: { id: 999 }, senderFrame: { url: 'apppass://app/index.html', parent: null } }, undefined);
      expect(noWindow, name).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      const malformed = await listener(fromMain(), { __proto__: null, junk: 1n });
      expect(malformed, name).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });

  it('installs deny-by-default permission request and check handlers', () => {
    const [requestHandler] = calls(fake.session.defaultSession.setPermissionRequestHandler)[0] as [(...a: unknown[]) => void];
    const [checkHandler] = calls(fake.session.defaultSession.setPermissionCheckHandler)[0] as [(...a: unknown[]) => boolean];
    const callback = vi.fn();
    requestHandler({}, 'media', callback, { requestingUrl: 'apppass://app/index.html' });
    requestHandler({}, 'clipboard-read', callback, { requestingUrl: 'apppass://app/index.html' });
    expect(callback.mock.calls).toEqual([[false], [false]]);
    expect(checkHandler({}, 'notifications', 'apppass://app')).toBe(false);
  });

  it('guards every web contents: navigation prevented, new windows denied, webviews refused', () => {
    const created = electron.fake.app.listeners.get('web-contents-created')?.[0] as (e: unknown, c: unknown) => void;
    expect(created).toBeTypeOf('function');
    const handlers = new Map<string, (...a: unknown[]) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | null = null;
    created({}, {
      on: (event: string, fn: (...a: unknown[]) => void) => handlers.set(event, fn),
      setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
    });
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      handlers.get(event)?.({ preventDefault }, 'https://evil.example/');
      expect(preventDefault, event).toHaveBeenCalled();
    }
    expect(openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it('serves the renderer from apppass:// with the security headers on every answer, refusing traversal', async () => {
    const [scheme, handler] = calls(fake.protocol.handle)[0] as [string, (r: { url: string; method: string }) => Promise<Response>];
    expect(scheme).toBe(APP_SCHEME);
    const ok = await handler({ url: 'apppass://app/index.html', method: 'GET' });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('<title>AppPass</title>');
    for (const [name, value] of Object.entries(securityHeaders())) expect(ok.headers.get(name), name).toBe(value);
    for (const url of ['apppass://app/..%2f..%2fmain/main.cjs', 'apppass://other/index.html', 'apppass://app/missing.js']) {
      const refused = await handler({ url, method: 'GET' });
      expect(refused.status, url).toBe(404);
      for (const [name, value] of Object.entries(securityHeaders())) expect(refused.headers.get(name), `${url} ${name}`).toBe(value);
    }
  });

  it('opens the main window hardened, content-protected, from the app scheme', () => {
    const [win] = electron.windows;
    expect(win?.url).toBe('apppass://app/index.html');
    expect(win?.contentProtection).toBe(true);
    expect(win?.options).toMatchObject({ webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, devTools: false } });
    // Packaged: no DevTools, no default application menu (finding L10).
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
  });

  it('installs the tray (locked menu) and the quick-search global shortcut', () => {
    expect(electron.trays).toHaveLength(1);
    const template = (electron.trays[0]?.menu as { template: Array<{ label?: string }> }).template;
    expect(template.map((t) => t.label ?? '---')).toEqual(['Unlock…', '---', 'Open AppPass', 'Quit']);
    expect(fake.globalShortcut.register).toHaveBeenCalledWith(DEFAULT_GLOBAL_SHORTCUT, expect.any(Function));
  });

  it('the shortcut opens the quick-search popup even with the main window closed', async () => {
    const [, toggle] = calls(fake.globalShortcut.register)[0] as [string, () => void];
    electron.windows[0]!.visible = false;
    toggle();
    const popup = electron.windows.find((w) => w.url.endsWith('#/quick-search'));
    expect(popup?.visible).toBe(true);
    expect(popup?.contentProtection).toBe(true);
    toggle();
    expect(popup?.visible).toBe(false);
    // Esc in the popup: shell.hideQuickSearch; losing focus hides it too.
    toggle();
    const hide = (calls(fake.ipcMain.handle) as Array<[string, IpcListener]>).find(([n]) => n === 'shell.hideQuickSearch')![1];
    const fromPopup = { sender: popup!.webContents, senderFrame: { url: 'apppass://app/index.html#/quick-search', parent: null } };
    expect(await hide(fromPopup, undefined)).toEqual({ ok: true, value: { hidden: true } });
    // The popup may find, copy and hide itself, never reveal a secret (least capability).
    const reveal = (calls(fake.ipcMain.handle) as Array<[string, IpcListener]>).find(([n]) => n === 'entries.reveal')![1];
    expect(await reveal(fromPopup, { id: 'any' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(popup?.visible).toBe(false);
    toggle();
    popup?.emit('blur');
    expect(popup?.visible).toBe(false);
  });

  it('after unlock the tray lists entries; "Copy password" copies through the guard; lock clears and reloads', async () => {
    const trusted = fromMain();
    const ipc = (name: string) => (calls(fake.ipcMain.handle) as Array<[string, IpcListener]>).find(([n]) => n === name)![1];
    const kdf = { memoryKiB: 19 * 1024, iterations: 2, parallelism: 1 };
    expect(await ipc('vault.create')(trusted, { password: 'correct horse battery', kdf })).toMatchObject({ ok: true });
    expect(await ipc('entries.add')(trusted, { provider: 'gmail', account: 'alice@gmail.com', label: 'Thunderbird', secret: 'abcd efgh ijkl mnop', favourite: true })).toMatchObject({ ok: true });
    const tray = electron.trays[0]!;
    type Item = { label?: string; submenu?: Item[]; click?: () => void };
    const template = () => (tray.menu as { template: Item[] }).template;
    expect(template().map((t) => t.label ?? '---')).toEqual([
      'alice@gmail.com', 'Thunderbird', '---', 'Quick search…', 'Generate and copy', 'Lock now', '---', 'Open AppPass', 'Quit',
    ]);
    const menusBefore = fake.Menu.buildFromTemplate.mock.calls.length;
    template()[1]?.submenu?.[0]?.click?.();
    // The copy is recorded (markCopied saved) and the tray rebuilt afterwards.
    await vi.waitFor(() => expect(fake.Menu.buildFromTemplate.mock.calls.length).toBeGreaterThan(menusBefore));
    expect(electron.clipboardState.text).toBe('abcd efgh ijkl mnop');
    // Raw OS markers travel with the text (Linux: the KDE hint).
    expect(Object.keys((electron.clipboardState.items[0] as { items: object }).items)).toContain(
      'electron application/osclipboard;format="x-kde-passwordManagerHint"',
    );
    // Quick search sees the entry (no secret in the hit).
    const hits = await ipc('shell.quickSearch')(trusted, { query: 'thunder' });
    expect(hits).toMatchObject({ ok: true, value: [{ title: 'Thunderbird', account: 'alice@gmail.com' }] });
    expect(JSON.stringify(hits)).not.toContain('abcd efgh');

    const reloadsBefore = electron.windows.map((w) => w.webContents.reloadIgnoringCache.mock.calls.length);
    await started.lockNow?.('test');
    expect(electron.clipboardState.text).toBe('');
    electron.windows.forEach((win, i) => expect(win.webContents.reloadIgnoringCache.mock.calls.length).toBeGreaterThan(reloadsBefore[i]!));
    expect(template().map((t) => t.label ?? '---')).toEqual(['Unlock…', '---', 'Open AppPass', 'Quit']);
  });

  it("the renderer's own vault.lock also clears the clipboard and reloads", async () => {
    const trusted = fromMain();
    const ipc = (name: string) => (calls(fake.ipcMain.handle) as Array<[string, IpcListener]>).find(([n]) => n === name)![1];
    const unlocked = await ipc('vault.unlock')(trusted, { password: 'correct horse battery' });
    expect(unlocked, JSON.stringify(unlocked)).toMatchObject({ ok: true });
    await ipc('clipboard.copySecret')(trusted, { text: 'generated-secret' });
    expect(electron.clipboardState.text).toBe('generated-secret');
    await ipc('vault.lock')(trusted, undefined);
    await vi.waitFor(() => expect(electron.clipboardState.text).toBe(''));
  });

  it('settings changes re-register the shortcut and are kept (non-secret) for the next start', async () => {
    const trusted = fromMain();
    const ipc = (name: string) => (calls(fake.ipcMain.handle) as Array<[string, IpcListener]>).find(([n]) => n === name)![1];
    expect(await ipc('vault.unlock')(trusted, { password: 'correct horse battery' })).toMatchObject({ ok: true });
    expect(await ipc('settings.update')(trusted, { globalShortcut: 'Super+F9', startMinimized: true })).toMatchObject({ ok: true });
    expect(fake.globalShortcut.unregister).toHaveBeenCalledWith(DEFAULT_GLOBAL_SHORTCUT);
    expect(fake.globalShortcut.register).toHaveBeenLastCalledWith('Super+F9', expect.any(Function));
    const file = join(electron.home, 'userData', 'pre-unlock-settings.json');
    await vi.waitFor(() => expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ globalShortcut: 'Super+F9', startMinimized: true }));
    expect(readFileSync(file, 'utf8')).not.toContain('correct horse');
    await started.lockNow?.('test');
  });

  it('applies the hardening switches before ready', () => {
    expect(calls(fake.app.commandLine.appendSwitch).map((c) => c[0])).toContain('disable-features');
  });

  it('quit clears the clipboard if it still holds our copy, then quits', async () => {
    const trusted = fromMain();
    const copy = (calls(fake.ipcMain.handle) as Array<[string, IpcListener]>).find(([n]) => n === 'clipboard.copySecret')![1];
    await copy(trusted, { text: 'another-secret' });
    const preventDefault = vi.fn();
    electron.fake.app.emit('before-quit', { preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
    expect(electron.clipboardState.text).toBe('');
    electron.fake.app.emit('will-quit');
    expect(fake.globalShortcut.unregisterAll).toHaveBeenCalled();
  });
});

describe('start minimised (settings kept from the last unlock)', () => {
  it('starts with the main window hidden and the saved shortcut', async () => {
    const { createFakeElectron } = await import('../../support/fake-electron.ts');
    const next = createFakeElectron();
    try {
      mkdirSync(join(next.home, 'userData'), { recursive: true });
      const saved = { autoLockMinutes: 5, lockOnSleep: true, lockOnScreenLock: true, lockOnMinimize: false, lockOnClose: false, clipboardClearSeconds: 30, closeToTray: true, startMinimized: true, globalShortcut: 'Super+F9' };
      writeFileSync(join(next.home, 'userData', 'pre-unlock-settings.json'), JSON.stringify(saved));
      expect((await main.startApp(next.fake as never)).status).toBe('running');
      expect(next.windows[0]?.visible).toBe(false);
      expect(next.fake.globalShortcut.register).toHaveBeenCalledWith('Super+F9', expect.any(Function));
    } finally {
      rmSync(next.home, { recursive: true, force: true });
    }
  });
});

describe('second instance', () => {
  it('quits at once without a window, handler or tray', async () => {
    const { createFakeElectron } = await import('../../support/fake-electron.ts');
    const second = createFakeElectron({ gotLock: false });
    const result = await main.startApp(second.fake as never);
    expect(result.status).toBe('quit');
    expect(second.fake.app.quit).toHaveBeenCalled();
    expect(second.windows).toHaveLength(0);
    expect(second.trays).toHaveLength(0);
    expect(second.fake.ipcMain.handle).not.toHaveBeenCalled();
  });
});
