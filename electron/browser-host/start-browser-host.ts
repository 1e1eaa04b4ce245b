import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createHandlers, type Services } from '../core/api/index.ts';
import { AppError } from '../core/errors/index.ts';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.ts';
import { installApi } from './install-api.ts';
import { PageClipboardPort } from './page-clipboard-port.ts';
import { CLIPBOARD_CLEAR_SECONDS } from '../contract/limits.ts';
import { ClipboardGuard } from '../core/clipboard/index.ts';
import { readCspFromIndexHtml } from './read-csp.ts';
import { startStaticServer } from './static-server.ts';

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
}

export interface BrowserHost {
  origin: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * Gives the services a clipboard guard over the page's clipboard (unless the caller brought one),
 * with the same rules as Electron main: clear after the vault's clipboardClearSeconds, and on lock.
 */
function withClipboard(services: Services, port: PageClipboardPort): Services {
  if (services.clipboard !== undefined) return services;
  const vault = services.vault;
  const guard = new ClipboardGuard({
    port,
    clearSeconds: () => {
      try {
        return vault?.session().settings().clipboardClearSeconds ?? CLIPBOARD_CLEAR_SECONDS.default;
      } catch {
        return CLIPBOARD_CLEAR_SECONDS.default;
      }
    },
  });
  vault?.onLock(() => void guard.clearIfOurs('lock').catch(() => undefined));
  return { ...services, clipboard: guard };
}

/** Starts Debian's Chromium: headed when a display exists, headless otherwise (or as told). */
export async function launchChromium(headless?: boolean): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: headless ?? !process.env['DISPLAY'], args: CHROMIUM_ARGS });
}

/**
 * The second host: the real renderer in Debian's Chromium, talking to the real core through the
 * same contract and handler table Electron main uses. End-to-end tests and `npm run start:browser`
 * both use it.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const indexHtml = join(options.rendererDir, 'index.html');
  if (!existsSync(indexHtml)) {
    throw new AppError('NOT_FOUND', `The renderer is not built (${indexHtml} is missing). Run \`npm run build\` first.`);
  }
  const csp = readCspFromIndexHtml(indexHtml);
  const server = await startStaticServer(options.rendererDir, csp);
  const ownsBrowser = options.browser === undefined;
  let browser: Browser | null = options.browser ?? null;
  try {
    browser ??= await launchChromium(options.headless);
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1100, height: 760 },
      colorScheme: options.colorScheme ?? 'light',
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    // Like Electron's setWindowOpenHandler(deny) and navigation guard: the app never leaves its origin.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      return url.startsWith(`${server.origin}/`) || url.startsWith('data:') ? route.continue() : route.abort('blockedbyclient');
    });
    const clipboardPort = new PageClipboardPort();
    const services = withClipboard(options.services, clipboardPort);
    await installApi(context, createHandlers(services), server.origin);
    const page = await context.newPage();
    clipboardPort.attach(page);
    await page.goto(`${server.origin}/`);
    const openBrowser = browser;
    return {
      origin: server.origin,
      browser: openBrowser,
      context,
      page,
      async close() {
        await (ownsBrowser ? openBrowser.close() : context.close()).catch(() => undefined);
        await server.close();
      },
    };
  } catch (error) {
    if (ownsBrowser) await browser?.close().catch(() => undefined);
    await server.close();
    throw error;
  }
}
