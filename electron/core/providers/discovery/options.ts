import type { Provider } from '../../../contract/calls/providers.ts';
import { AppError } from '../../errors/index.ts';

export interface DiscoveryOptions {
  /** `{domain}` is replaced (URL-encoded). Thunderbird's first place to look; unlike Thunderbird, the address is not sent. */
  autoconfigUrl: string;
  /** `{domain}` is replaced. */
  wellKnownUrl: string;
  /** Provider database base URL; the domain is appended. Default: Thunderbird's ISPDB. */
  ispdbBaseUrl: string;
  /** DNS servers for the MX lookup ("127.0.0.1:5300"); empty = the system's. */
  dnsServers: string[];
  /** Upper bound of each network step, in ms. */
  stepTimeoutMs: number;
  /** Largest autoconfig file accepted, in bytes. */
  maxXmlBytes: number;
  /** Providers added to the catalog (tests). */
  extraProviders: Provider[];
  /**
   * Allow http:// URLs. Only tests set this, through explicit injection, to reach a local server on
   * 127.0.0.1; production URLs are always https.
   */
  allowHttpForTests: boolean;
  fetch: typeof fetch;
}

export const DEFAULT_DISCOVERY_OPTIONS: DiscoveryOptions = {
  autoconfigUrl: 'https://autoconfig.{domain}/mail/config-v1.1.xml',
  wellKnownUrl: 'https://{domain}/.well-known/autoconfig/mail/config-v1.1.xml',
  ispdbBaseUrl: 'https://autoconfig.thunderbird.net/v1.1/',
  dnsServers: [],
  stepTimeoutMs: 5_000,
  maxXmlBytes: 64 * 1024,
  extraProviders: [],
  allowHttpForTests: false,
  fetch: (input, init) => fetch(input, init),
};

/** Fills the defaults and refuses non-https base URLs unless a test allowed http explicitly. */
export function discoveryOptions(partial: Partial<DiscoveryOptions> = {}): DiscoveryOptions {
  const options = { ...DEFAULT_DISCOVERY_OPTIONS, ...partial };
  for (const key of ['autoconfigUrl', 'wellKnownUrl', 'ispdbBaseUrl'] as const) {
    const url = options[key];
    if (url.includes('{email}')) throw new AppError('USAGE', `The discovery setting ${key} may name only {domain}: the address is never sent.`, { details: { setting: key } });
    const ok = url.startsWith('https://') || (options.allowHttpForTests && /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(url));
    if (!ok) throw new AppError('USAGE', `The discovery setting ${key} must be an https:// URL.`, { details: { setting: key } });
  }
  return options;
}

/**
 * Fills a URL template with the (encoded) domain. Only the domain ever leaves the machine: the
 * address's local part is filled in locally (resolveSettings), never sent to an autoconfig server,
 * the provider database or DNS (M5).
 */
export function fillUrl(template: string, domain: string): string {
  return template.replaceAll('{domain}', encodeURIComponent(domain));
}
