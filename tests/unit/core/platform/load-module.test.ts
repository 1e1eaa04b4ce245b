import { describe, expect, it } from 'vitest';
import { loadModule, moduleWithExport } from '../../../../electron/core/platform/load-module.ts';

class AsyncEntry {}
const cjs = { AsyncEntry };

describe('loadModule: one loader for every module shape a bundle hands over', () => {
  it('finds the export in the namespace, its default, or default.default', () => {
    expect(moduleWithExport(cjs, 'AsyncEntry')).toBe(cjs); // dist/main (esbuild __toESM copy), Node's named exports
    expect(moduleWithExport({ default: cjs }, 'AsyncEntry')).toBe(cjs); // dist/cli chunk: `export default require_x()`
    expect(moduleWithExport({ default: { default: cjs } }, 'AsyncEntry')).toBe(cjs); // __esModule wrapped twice (tsx)
    expect(moduleWithExport({ default: {} }, 'AsyncEntry')).toBeNull();
    expect(moduleWithExport(null, 'AsyncEntry')).toBeNull();
  });

  it('a package without the export is a typed INTERNAL error naming it, not a TypeError later', async () => {
    expect((await loadModule<typeof cjs>('@napi-rs/keyring', 'AsyncEntry', async () => ({ default: cjs }))).AsyncEntry).toBe(AsyncEntry);
    await expect(loadModule('@napi-rs/keyring', 'AsyncEntry', async () => ({ default: {} }))).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('@napi-rs/keyring'),
    });
  });

  it('loads the real packages in whatever shape this runtime gives', async () => {
    expect(typeof (await loadModule<{ parse: unknown }>('papaparse', 'parse', () => import('papaparse'))).parse).toBe('function');
    expect(typeof (await loadModule<{ Kdbx: unknown }>('kdbxweb', 'Kdbx', () => import('kdbxweb'))).Kdbx).toBe('function');
  });
});
