import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createHandlers, type Services } from '../core/api/index.ts';
import { AppError } from '../core/errors/index.ts';
import { activityIdleSource, afterVaultCalls, createHostLog, guardClipboard, isAppUrl, startAutoLock, startCopyWatch, VAULT_CALL_PREFIXES, vaultView, type AutoLock, type CopyWatch, type HostLog } from '../core/host-kit/index.ts';
import { chromiumArgs, findChromium, PAGE_PERMISSIONS } from './find-chromium.ts';
import { installApi } from './install-api.ts';
import { PageClipboardPort } from './page-clipboard-port.ts';
import { RememberedTheme } from './remembered-theme.ts';
import { startRendererServer } from './renderer-server.ts';

export interface BrowserHostOptions {
  /** Folder of the built renderer (npm run build:renderer). */
  rendererDir: string;
  services: Services;
  /** Default: headed when a display exists, headless otherwise. */
  headless?: boolean;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Reuse a running Chromium (tests share one per worker); the host then closes only its context. */
  browser?: Browser;
  log?: HostLog;
  /** The clock of the page-activity idle source, in ms (tests pass their own). */
  now?: () => number;
  /** End-to-end tests only: lets the page read the clipboard too, so a test can look at it. Never set by `npm run start:browser`. */
  testClipboardRead?: boolean;
  /** Where the lock screen's theme is remembered between starts (RememberedTheme); absent = not remembered. */
  themeFile?: string;
}

export interface BrowserHost {
  origin: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** The auto-lock (idle source: the page's keyboard, pointer and wheel activity). */
  autoLock: AutoLock;
  /** Seconds since the page's last keyboard, pointer or wheel event. */
  idleSeconds(): number;
  close(): Promise<void>;
}

/** Starts Debian's Chromium: headed when a display exists, headless otherwise (or as told). */
export async function launchChromium(headless?: boolean): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: headless ?? !process.env['DISPLAY'], args: chromiumArgs() });
}

/**
 * The second host: the real renderer in Debian's Chromium, over the real core, wired with the host
 * kit like Electron main: the renderer server, acceptCall, the clipboard guard (the page's
 * clipboard; cleared after N s and on lock) and auto-lock (reloading the page when it locks).
 * End-to-end tests and `npm run start:browser` both use it.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const indexHtml = join(options.rendererDir, 'index.html');
  if (!existsSync(indexHtml)) {
    throw new AppError('NOT_FOUND', `The renderer is not built (${indexHtml} is missing). Run \`npm run build\` first.`);
  }
  const log = options.log ?? createHostLog();
  const server = await startRendererServer(options.rendererDir, log);
  const ownsBrowser = options.browser === undefined;
  let browser: Browser | null = options.browser ?? null;
  let copyWatch: CopyWatch | null = null;
  try {
    browser ??= await launchChromium(options.headless);
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1100, height: 760 },
      colorScheme: options.colorScheme ?? 'light',
    });
    // The page may write to the clipboard, never read it (L13); the host's clipboard port reads for its check.
    const pagePermissions = [...PAGE_PERMISSIONS, ...(options.testClipboardRead === true ? ['clipboard-read'] : [])];
    await context.grantPermissions(pagePermissions, { origin: server.origin });
    // Like Electron's navigation guard and window-open handler: the app never leaves its origin.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      return isAppUrl(url, server.origin) || url.startsWith('data:') ? route.continue() : route.abort('blockedbyclient');
    });
    const view = vaultView(options.services.vault);
    const theme = options.themeFile === undefined ? null : new RememberedTheme(options.themeFile);
    await theme?.installInto(context);
    const noteTheme = () => {
      if (theme === null || !view.isUnlocked()) return;
      void theme.seen(options.services.vault.session().settings().theme).catch(() => log.warn('could not remember the theme for the lock screen'));
    };
    const clipboardPort = new PageClipboardPort(server.origin, pagePermissions);
    const clipboard = options.services.clipboard ?? guardClipboard({ port: clipboardPort, vault: view }).guard;
    const idle = activityIdleSource(options.now);
    let page: Page | null = null;
    const autoLock = startAutoLock({
      idleSource: idle,
      settings: () => view.settings(),
      isUnlocked: () => view.isUnlocked(),
      // As Electron main does: no secret outlives the lock in the page's memory.
      lock: () => {
        view.lock();
        void page?.reload().catch(() => undefined);
      },
    });
    // After a vault or settings call the polling follows the auto-lock setting, as in Electron main.
    // No native dialogs here: export is a download, import an upload, and the open-file form's typed
    // path is accepted only inside the start vault's folder (Electron main accepts only its dialog's
    // grants; docs/security.md, H2).
    // As in Electron main: copies from other computers merge on unlock and when the folder changes.
    copyWatch = startCopyWatch({ services: options.services, log });
    const watching = copyWatch;
    const typedVaultPathRoot = dirname(options.services.vaultPath);
    const handlers = afterVaultCalls(createHandlers({ ...options.services, clipboard, typedVaultPathRoot }), VAULT_CALL_PREFIXES, () => {
      autoLock.settingsChanged();
      noteTheme();
    }, log);
    await installApi(context, handlers, { appOrigin: server.origin, log, onActivity: () => idle.activity() });
    page = await context.newPage();
    clipboardPort.attach(page);
    await page.goto(`${server.origin}/`);
    const openBrowser = browser;
    const openPage = page;
    return {
      origin: server.origin,
      browser: openBrowser,
      context,
      page: openPage,
      autoLock,
      idleSeconds: () => idle.idleSeconds(),
      async close() {
        autoLock.stop();
        watching.stop();
        // The `apppass get` agent (issue 19) stops serving with the host.
        await options.services.agent?.stop().catch(() => undefined);
        await clipboard.dispose().catch(() => false);
        await (ownsBrowser ? openBrowser.close() : context.close()).catch(() => undefined);
        await server.close();
      },
    };
  } catch (error) {
    copyWatch?.stop();
    if (ownsBrowser) await browser?.close().catch(() => undefined);
    await server.close();
    throw error;
  }
}
