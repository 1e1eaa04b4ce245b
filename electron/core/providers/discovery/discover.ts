import type { DetectResult, DiscoverySource, DiscoveryStep, Provider, ServerList } from '../../../contract/calls/providers.ts';
import { AppError, isAppError } from '../../errors/index.ts';
import { allProviders, providerForDomain, providerForMx } from '../lookup.ts';
import { resolveSettings, splitAddress } from '../resolve-settings.ts';
import { fetchLimited } from './fetch-limited.ts';
import { lookupMx } from './mx-lookup.ts';
import { discoveryOptions, fillUrl, type DiscoveryOptions } from './options.ts';
import { parseAutoconfig, type ParsedAutoconfig } from './parse-autoconfig.ts';
import { vetDiscoveredServers } from './server-safety.ts';

/** The catalog provider whose servers an autoconfig file points at (e.g. a domain hosted on imap.gmail.com). */
function providerByServers(servers: ServerList, extra: readonly Provider[]): Provider | null {
  const hosts = new Set([...servers.imap, ...servers.pop3, ...servers.smtp].map((s) => s.host));
  return allProviders(extra).find((p) => [...p.servers.imap, ...p.servers.pop3, ...p.servers.smtp].some((s) => hosts.has(s.host))) ?? null;
}

function result(email: string, source: DiscoverySource, provider: Provider | null, servers: ServerList, displayName: string, steps: DiscoveryStep[]): DetectResult {
  return { email, source, provider, servers, settings: resolveSettings(email, servers, displayName, provider?.id ?? null), steps };
}

/**
 * Finds the mail settings for an address: the catalog, then Thunderbird's order (autoconfig
 * subdomain, well-known URL, provider database), then an MX lookup matched against the catalog and
 * the database. Every network step is time-bounded; failures are recorded in `steps` and the next
 * step is tried. Throws DISCOVERY_FAILED when nothing is found.
 */
export async function discover(email: string, partial: Partial<DiscoveryOptions> = {}): Promise<DetectResult> {
  const options = discoveryOptions(partial);
  const extra = options.extraProviders;
  const { domain } = splitAddress(email);
  const steps: DiscoveryStep[] = [];

  const known = providerForDomain(domain, extra);
  if (known !== undefined) {
    steps.push({ step: 'catalog', outcome: 'found' });
    return result(email, 'catalog', known, known.servers, known.shortName, steps);
  }
  steps.push({ step: 'catalog', outcome: 'not-found' });

  const tryXml = async (url: string, fileDomain: string): Promise<ParsedAutoconfig | undefined> => {
    try {
      const got = await fetchLimited(options.fetch, url, options.stepTimeoutMs, options.maxXmlBytes);
      if (got.kind === 'ok') {
        const parsed = parseAutoconfig(got.body, fileDomain, options.maxXmlBytes);
        steps.push({ step: url, outcome: 'found' });
        return parsed;
      }
      steps.push(got.kind === 'timeout' ? { step: url, outcome: 'timeout' } : { step: url, outcome: got.kind, reason: got.reason });
    } catch (error) {
      if (!isAppError(error)) throw error;
      steps.push({ step: url, outcome: 'error', reason: error.code });
    }
    return undefined;
  };
  const fromXml = (source: DiscoverySource, parsed: ParsedAutoconfig): DetectResult => {
    // A file from the network may not downgrade to plaintext or point at local addresses silently (L11).
    const { servers, warnings } = vetDiscoveredServers(parsed.servers);
    const provider = providerByServers(servers, extra);
    const found = result(email, source, provider, servers, provider?.shortName ?? parsed.displayName ?? domain, steps);
    return warnings.length === 0 ? found : { ...found, warnings };
  };

  const auto = await tryXml(fillUrl(options.autoconfigUrl, domain), domain);
  if (auto !== undefined) return fromXml('autoconfig', auto);
  const wellKnown = await tryXml(fillUrl(options.wellKnownUrl, domain), domain);
  if (wellKnown !== undefined) return fromXml('well-known', wellKnown);
  const ispdb = await tryXml(`${options.ispdbBaseUrl}${encodeURIComponent(domain)}`, domain);
  if (ispdb !== undefined) return fromXml('ispdb', ispdb);

  const mx = await lookupMx(domain, options.dnsServers, options.stepTimeoutMs);
  if (mx.kind !== 'ok') {
    steps.push(mx.kind === 'timeout' ? { step: `mx:${domain}`, outcome: 'timeout' } : { step: `mx:${domain}`, outcome: mx.kind, reason: mx.reason });
  } else {
    steps.push({ step: `mx:${domain}`, outcome: 'found', reason: mx.host });
    const byMx = providerForMx(mx.host, extra);
    if (byMx !== undefined) {
      steps.push({ step: `catalog-mx:${mx.host}`, outcome: 'found' });
      return result(email, 'mx', byMx, byMx.servers, byMx.shortName, steps);
    }
    steps.push({ step: `catalog-mx:${mx.host}`, outcome: 'not-found' });
    if (mx.registrableDomain !== domain) {
      const viaMx = await tryXml(`${options.ispdbBaseUrl}${encodeURIComponent(mx.registrableDomain)}`, domain);
      if (viaMx !== undefined) return fromXml('mx', viaMx);
    }
  }

  const summary = steps.map((s) => `${s.step.startsWith('http') ? new URL(s.step).host : s.step}: ${s.outcome}`).join('; ');
  throw new AppError('DISCOVERY_FAILED', `No mail settings were found for ${domain}. Enter the servers by hand (your provider's help pages list them).`, {
    details: { domain, steps: summary.slice(0, 1000) },
  });
}
