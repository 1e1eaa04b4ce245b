import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

/** Records `on(event, listener)` registrations and lets a test fire them. */
class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on = vi.fn((event: string, listener: Listener) => {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  });
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
  }
}

/**
 * A stand-in for the parts of the `electron` module the main process uses, recording every call.
 * Built fresh per test file through vi.hoisted + vi.mock('electron').
 */
export function createFakeElectron(options: { gotLock?: boolean; isPackaged?: boolean } = {}) {
  /** app.getPath(): a throwaway folder per fake (userData/pre-unlock-settings.json lands here). */
  const home = mkdtempSync(join(tmpdir(), 'apppass-fake-home-'));
  /** app.getAppPath(): a folder with a tiny built renderer in dist/renderer. */
  const appPath = join(home, 'app');
  mkdirSync(join(appPath, 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(appPath, 'dist', 'renderer', 'index.html'), '<!doctype html><title>AppPass</title>');
  let nextContentsId = 1;
  const windows: FakeWindow[] = [];
  const trays: FakeTray[] = [];
  const clipboardState = { text: '', items: [] as unknown[] };

  class FakeWindow extends Emitter {
    readonly options: unknown;
    visible: boolean;
    minimized = false;
    contentProtection = false;
    url = '';
    /** The window's web contents: what an IPC event's `sender` is. */
    webContents = { id: nextContentsId++, reloadIgnoringCache: vi.fn() };
    constructor(opts: { show?: boolean }) {
      super();
      this.options = opts;
      this.visible = opts.show !== false;
      windows.push(this);
    }
    setContentProtection = vi.fn((on: boolean) => void (this.contentProtection = on));
    loadURL = vi.fn(async (url: string) => void (this.url = url));
    isMinimized = () => this.minimized;
    isVisible = () => this.visible;
    restore = vi.fn(() => void (this.minimized = false));
    show = vi.fn(() => void (this.visible = true));
    hide = vi.fn(() => void (this.visible = false));
    focus = vi.fn();
  }

  class FakeTray {
    menu: unknown = null;
    constructor(readonly image: unknown) {
      trays.push(this);
    }
    setToolTip = vi.fn();
    setContextMenu = vi.fn((menu: unknown) => void (this.menu = menu));
  }

  class FakeClipboardItem {
    constructor(readonly items: Record<string, unknown>) {}
  }

  class FakeNotification {
    static isSupported = () => true;
    constructor(readonly opts: unknown) {}
    show = vi.fn();
  }

  const app = Object.assign(new Emitter(), {
    enableSandbox: vi.fn(),
    commandLine: { appendSwitch: vi.fn() },
    requestSingleInstanceLock: vi.fn(() => options.gotLock ?? true),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(async () => undefined),
    isPackaged: options.isPackaged ?? true,
    getAppPath: () => appPath,
    getVersion: () => '0.1.0',
    getPath: (name: string) => join(home, name),
  });

  const fake = {
    app,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    ipcMain: { handle: vi.fn() },
    BrowserWindow: FakeWindow,
    Tray: FakeTray,
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    nativeImage: { createFromDataURL: vi.fn((url: string) => ({ url })) },
    globalShortcut: { register: vi.fn(() => true), unregister: vi.fn(), unregisterAll: vi.fn() },
    powerMonitor: Object.assign(new Emitter(), { getSystemIdleTime: vi.fn(() => 0) }),
    shell: { openExternal: vi.fn(async () => undefined) },
    /** The "open file" dialog: cancelled unless a test says otherwise (mockResolvedValueOnce). */
    dialog: {
      showOpenDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> => ({ canceled: true, filePaths: [] })),
      /** The "save" dialog (exports): cancelled unless a test says otherwise. */
      showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
      /** Message boxes (e.g. "Send the app password to …?"): the cancel button unless a test says otherwise. */
      showMessageBox: vi.fn(async (..._args: unknown[]): Promise<{ response: number; checkboxChecked: boolean }> => ({ response: 1, checkboxChecked: false })),
    },
    clipboard: {
      write: vi.fn(async (items: Array<{ items: Record<string, unknown> }>) => {
        clipboardState.items = items;
        clipboardState.text = String(items[0]?.items['text/plain'] ?? '');
      }),
      writeText: vi.fn(async (text: string) => void (clipboardState.text = text)),
      readText: vi.fn(async () => clipboardState.text),
      clear: vi.fn(() => void (clipboardState.text = '')),
      /** Like Electron's: whether the last write held this type (a test may drop types to play a platform that ignores them). */
      has: vi.fn(async (mimetype: string) => (clipboardState.items[0] as { items?: Record<string, unknown> } | undefined)?.items?.[mimetype] !== undefined),
    },
    ClipboardItem: FakeClipboardItem,
    Notification: FakeNotification,
  };
  return { fake, windows, trays, clipboardState, home };
}
