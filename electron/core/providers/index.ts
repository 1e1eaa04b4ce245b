export { CATALOG } from './catalog/index.ts';
export { allProviders, getProvider, providerForDomain, providerForMx } from './lookup.ts';
export { catalogInUse, setCatalogInUse, BUILT_IN, type CatalogInUse } from './catalog-in-use.ts';
export { noteForToday, isInEffect, providerForToday, headlineNotes } from './dated-notes.ts';
export { resolveServer, resolveSettings, splitAddress } from './resolve-settings.ts';
export { loadTestMailSetup, TEST_PROVIDERS_ENV, TEST_CA_ENV, type TestMailSetup } from './test-providers.ts';
export { discover, discoveryOptions, parseAutoconfig, lookupMx, DEFAULT_DISCOVERY_OPTIONS, AUTOCONFIG_MAX_BYTES, type DiscoveryOptions } from './discovery/index.ts';
export { settingsForEntry } from './entry-settings.ts';
