import { accessSync, constants } from 'node:fs';
import { AppError } from '../core/errors/index.ts';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium to drive: APPPASS_CHROMIUM if set, else Debian's. Throws a clear error when none exists. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const wanted = env['APPPASS_CHROMIUM'];
  const list = wanted ? [wanted] : CANDIDATES;
  for (const file of list) {
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // try the next one
    }
  }
  throw new AppError(
    'NOT_FOUND',
    wanted
      ? `APPPASS_CHROMIUM points to ${wanted}, which is not an executable. Fix the path or unset it.`
      : 'The browser host needs Chromium, and none was found at /usr/bin/chromium. Install it (Debian: apt-get install chromium) or set APPPASS_CHROMIUM to a Chromium executable.',
  );
}

/** Flags that keep Chromium quiet on a machine without internet (see shared notes). */
const QUIET_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,MediaRouter',
];

/**
 * Chromium's flags for the browser host (finding L13). Chromium's own sandbox stays on, except where
 * Chromium cannot start with it: as root (Chromium refuses to run sandboxed as uid 0; CI containers
 * and this build machine run as root) or when CI=true (CI containers usually lack the user
 * namespaces the sandbox needs). The browser host is not a hardened host either way
 * (docs/security.md).
 */
export function chromiumArgs(env: NodeJS.ProcessEnv = process.env, uid: number | undefined = process.getuid?.()): string[] {
  const ci = (env['CI'] ?? '').toLowerCase() === 'true' || env['CI'] === '1';
  return uid === 0 || ci ? ['--no-sandbox', ...QUIET_ARGS] : [...QUIET_ARGS];
}

/**
 * What the page may do with the clipboard: write only (finding L13). Reading goes through the host's
 * port (PageClipboardPort.readText), which grants a read for the one check it makes.
 */
export const PAGE_PERMISSIONS: readonly string[] = ['clipboard-write'];
