import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The absolute path of a built file (relative to the repository, e.g. 'dist/main/main.cjs').
 * Tests of what ships never fall back to the sources: a missing build fails them, with what to do.
 */
export function builtFile(relative: string): string {
  const path = fileURLToPath(new URL(`../../${relative}`, import.meta.url));
  if (!existsSync(path)) {
    throw new Error(`${relative} is missing: these tests run the built files. Run \`npm run build\` first (npm test builds before it runs Vitest).`);
  }
  return path;
}
