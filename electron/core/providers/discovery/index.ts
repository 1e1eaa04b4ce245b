export { discover } from './discover.ts';
export { DEFAULT_DISCOVERY_OPTIONS, discoveryOptions, type DiscoveryOptions } from './options.ts';
export { parseAutoconfig, AUTOCONFIG_MAX_BYTES, type ParsedAutoconfig } from './parse-autoconfig.ts';
export { lookupMx, type MxOutcome } from './mx-lookup.ts';
