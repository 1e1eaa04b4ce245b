// Finds an installed Electron runtime WITHOUT triggering electron's lazy download
// (require('electron') in Electron >= 45 tries to download a missing binary).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

/** @returns {string | null} absolute path of the Electron executable, or null when none is installed. */
export function findElectronRuntime() {
  const require = createRequire(import.meta.url);
  let pkgDir;
  try {
    pkgDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const rel = readFileSync(pathFile, 'utf8').trim();
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkgDir, 'dist');
  const exe = join(base, rel);
  return existsSync(exe) ? exe : null;
}
