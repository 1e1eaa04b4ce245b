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
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,MediaRouter',
];
