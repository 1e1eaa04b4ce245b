import { readFileSync } from 'node:fs';

/** AppPass's version, read once from package.json (bundles inline it at build time). */
export const APP_VERSION: string = (() => {
  const injected = (globalThis as { __APPPASS_VERSION__?: unknown }).__APPPASS_VERSION__;
  if (typeof injected === 'string') return injected;
  const pkg: unknown = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string' ? pkg.version : '0.0.0';
})();
