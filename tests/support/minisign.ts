import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The `minisign` binary (Debian's package); tests sign catalogs with it. */
export const MINISIGN_TOOLS = ['minisign'] as const;

export interface MinisignKeyPair {
  dir: string;
  /** The .pub file's second line: what APPPASS_CATALOG_KEY takes. */
  publicKeyLine: string;
  secretKeyFile: string;
  /** Signs `file` → `file.minisig` (prehashed by default; legacy = minisign -l). */
  sign(file: string, options?: { legacy?: boolean; trustedComment?: string }): void;
  remove(): void;
}

/** A fresh key pair made by `minisign -G -W` (no password) in a throwaway folder. */
export function makeMinisignKeyPair(): MinisignKeyPair {
  const dir = mkdtempSync(join(tmpdir(), 'apppass-minisign-'));
  const pub = join(dir, 'test.pub');
  const secretKeyFile = join(dir, 'test.key');
  execFileSync('minisign', ['-G', '-W', '-p', pub, '-s', secretKeyFile], { stdio: 'ignore' });
  const publicKeyLine = readFileSync(pub, 'utf8').split('\n')[1]?.trim() ?? '';
  return {
    dir,
    publicKeyLine,
    secretKeyFile,
    sign(file, options = {}) {
      const args = ['-S', '-s', secretKeyFile, '-m', file, ...(options.legacy ? ['-l'] : []), ...(options.trustedComment ? ['-t', options.trustedComment] : [])];
      execFileSync('minisign', args, { stdio: 'ignore' });
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Writes `catalog` as JSON to `file` and signs it with `keys`. */
export function writeSignedCatalog(keys: MinisignKeyPair, file: string, catalog: unknown, options?: { legacy?: boolean }): string {
  writeFileSync(file, `${JSON.stringify(catalog, null, 1)}\n`);
  keys.sign(file, options);
  return file;
}
