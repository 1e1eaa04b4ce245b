import { parseMinisignPublicKey, type MinisignPublicKey } from './minisign.ts';

/** Environment variable that replaces the trusted catalog key (the .pub file's second line); tests use their own pair. */
export const CATALOG_KEY_ENV = 'APPPASS_CATALOG_KEY';

/**
 * The public half of the catalog release key (minisign key id 6719DC83965C5DC0). Its secret half
 * never enters the repository: releases sign the catalog offline (docs/providers.md).
 */
export const RELEASE_CATALOG_KEY = 'RWTAXVyWg9wZZ0pOsOHoZFcV6HxjOmSPOF65FKZWZDeixeoQDK08qllF';

/** The key catalog updates must be signed with: APPPASS_CATALOG_KEY when set, else the release key. */
export function trustedCatalogKey(env: NodeJS.ProcessEnv): MinisignPublicKey {
  const fromEnv = env[CATALOG_KEY_ENV];
  return parseMinisignPublicKey(fromEnv !== undefined && fromEnv !== '' ? fromEnv : RELEASE_CATALOG_KEY);
}
