import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KDF_FLOOR } from '../../../electron/core/kdf/index.ts';

/** Floor KDF parameters: the cheapest a vault may use, so tests stay fast. */
export const FAST_KDF = KDF_FLOOR;

/** A fresh temporary folder; returns the vault path inside it and a cleanup function. */
export function tempVault(): { dir: string; path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'apppass-vault-'));
  return { dir, path: join(dir, 'vault.apppass'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fixed clock that advances one second per call. */
export function steppingClock(start = '2026-01-02T03:04:05.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += 1000;
    return d;
  };
}
