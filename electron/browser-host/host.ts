// `npm run start:browser`: the AppPass UI in Chromium, backed by the real core. Runs from the bundle
// dist/browser-host/host.mjs (paths are relative to dist/); the e2e tests import that same bundle
// and call runBrowserHost, so they drive what ships.
import { realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { toErrorPayload } from '../core/errors/index.ts';
import { createHostLog, openStartVault } from '../core/host-kit/index.ts';
import type { TestMailOverrides } from '../core/mail/test-mail-overrides.ts';
import { APP_VERSION } from '../core/platform/app-version.ts';
import { keepSecretsOutOfCoreDumps } from '../core/platform/core-dumps.ts';
import { loadTestMailSetup } from '../core/providers/index.ts';
import { startBrowserHost, type BrowserHost } from './start-browser-host.ts';
import { browserHostStateDir } from './state-dir.ts';

export { launchChromium, type BrowserHost } from './start-browser-host.ts';

const RENDERER_DIR = fileURLToPath(new URL('../renderer/', import.meta.url));
/** In the state folder, beside vault-location.json: the lock screen's theme (not secret). */
const THEME_FILE = 'apppass-theme.json';

export interface RunOptions {
  env: NodeJS.ProcessEnv;
  browser?: Browser;
  headless?: boolean;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Test hooks for providers and mail; default: from APPPASS_TEST_PROVIDERS_FILE / APPPASS_TEST_CA_FILE. */
  testMail?: TestMailOverrides;
  /** The clock of the page-activity idle source, in ms. */
  now?: () => number;
  /** End-to-end tests only: the page may also read the clipboard, so tests can look at it (L13: never in use). */
  testClipboardRead?: boolean;
}

/**
 * The browser host as started from the command line: the start vault through the host kit
 * (APPPASS_VAULT, else the file last opened, remembered in the state folder, else the default),
 * the test mail hooks, then Chromium on the built renderer.
 */
export async function runBrowserHost(options: RunOptions): Promise<BrowserHost> {
  keepSecretsOutOfCoreDumps(); // M4: Chromium, started below, inherits the filter
  const log = createHostLog();
  const home = homedir();
  const stateDir = browserHostStateDir(options.env, process.platform, home);
  const services = await openStartVault({
    version: APP_VERSION,
    platform: process.platform,
    env: options.env,
    home,
    stateDir,
    log,
  });
  const testMail = options.testMail ?? (await loadTestMailSetup(options.env));
  if (testMail !== undefined) services.testMail = testMail;
  const { env: _env, testMail: _testMail, ...rest } = options;
  return startBrowserHost({ ...rest, rendererDir: RENDERER_DIR, services, log, themeFile: join(stateDir, THEME_FILE) });
}

async function main(): Promise<void> {
  try {
    const host = await runBrowserHost({ env: process.env });
    console.log(
      process.env['DISPLAY']
        ? `AppPass is running in Chromium at ${host.origin} (close the window or press Ctrl+C to quit).`
        : `AppPass is running in a headless Chromium at ${host.origin}: there is no DISPLAY, so no window is shown. Press Ctrl+C to quit.`,
    );
    const quit = () => void host.close().then(() => process.exit(0));
    host.browser.on('disconnected', () => process.exit(0));
    host.page.on('close', quit);
    process.on('SIGINT', quit);
    process.on('SIGTERM', quit);
  } catch (error) {
    const { code, message } = toErrorPayload(error);
    console.error(`apppass: ${code}: ${message}`);
    process.exit(1);
  }
}

/** Run when started as a program (node dist/browser-host/host.mjs), not when imported. */
function startedAsProgram(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (startedAsProgram()) await main();
