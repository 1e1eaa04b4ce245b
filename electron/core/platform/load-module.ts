import { AppError } from '../errors/index.ts';

/**
 * The one loader for packages AppPass imports on first use (the keychain's @napi-rs/keyring,
 * kdbxweb, papaparse, zxcvbn). The same `import()` hands over different shapes depending on who
 * runs it:
 * - Node or tsx on the sources: the ES namespace, whose named exports a CommonJS package may or
 *   may not carry (cjs-module-lexer's guess), with module.exports as `default`;
 * - the CLI's ESM bundle (esbuild, code splitting): a chunk that re-exports module.exports as
 *   `default` only (`keyring.AsyncEntry` is undefined there: issue 13);
 * - the CommonJS bundles (dist/main/main.cjs): esbuild's __toESM copy, named exports and `default`.
 * `exportName` says which export proves the right object; the first of the namespace, its
 * `default` and `default.default` that carries it is returned. A package of none of these shapes
 * is an INTERNAL error naming the package, never a TypeError deep in a call.
 */
export async function loadModule<T extends object>(packageName: string, exportName: keyof T & string, load: () => Promise<unknown>): Promise<T> {
  const namespace = await load();
  const found = moduleWithExport(namespace, exportName);
  if (found === null) {
    throw new AppError('INTERNAL', `AppPass could not load ${packageName}: it has no ${exportName}. Reinstall AppPass.`);
  }
  return found as T;
}

/** Pure: the object among `namespace`, its default and its default's default that has `exportName`. */
export function moduleWithExport(namespace: unknown, exportName: string): object | null {
  let candidate: unknown = namespace;
  for (let depth = 0; depth < 3; depth += 1) {
    if (candidate === null || (typeof candidate !== 'object' && typeof candidate !== 'function')) return null;
    if ((candidate as Record<string, unknown>)[exportName] !== undefined) return candidate;
    candidate = (candidate as { default?: unknown }).default;
  }
  return null;
}
