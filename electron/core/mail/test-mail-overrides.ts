import type { Provider } from '../../contract/calls/providers.ts';
import type { DiscoveryOptions } from '../providers/discovery/index.ts';

/**
 * Test overrides for the providers and mail handlers (Services.testMail). Production hosts leave it
 * out; test hosts fill it (the browser host from APPPASS_TEST_PROVIDERS_FILE / APPPASS_TEST_CA_FILE through
 * loadTestMailSetup) so the wizard can run against the harness mail servers.
 */
export interface TestMailOverrides {
  /** Extra CA (PEM) trusted by sign-in checks, besides the system's roots. */
  extraCaPem?: string;
  /** Providers added to the catalog (an entry with a catalog id replaces it). */
  testProviders?: Provider[];
  /** Discovery overrides (local HTTP/DNS servers in tests). */
  discovery?: Partial<DiscoveryOptions>;
}
