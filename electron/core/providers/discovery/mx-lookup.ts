import { Resolver } from 'node:dns/promises';
import { getDomain } from 'tldts';

export type MxOutcome = { kind: 'ok'; host: string; registrableDomain: string } | { kind: 'not-found'; reason: string } | { kind: 'timeout' } | { kind: 'error'; reason: string };

/**
 * Looks up the domain's MX records and reduces the most preferred host to its registrable domain
 * (aspmx.l.google.com → google.com). Bounded by `timeoutMs`; `servers` overrides the system DNS.
 */
export async function lookupMx(domain: string, servers: readonly string[], timeoutMs: number): Promise<MxOutcome> {
  const resolver = new Resolver({ timeout: timeoutMs, tries: 1 });
  if (servers.length > 0) resolver.setServers([...servers]);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const records = await Promise.race([resolver.resolveMx(domain), deadline]);
    if (records === 'timeout') {
      resolver.cancel();
      return { kind: 'timeout' };
    }
    const top = [...records].sort((a, b) => a.priority - b.priority).find((r) => r.exchange !== '' && r.exchange !== '.');
    if (top === undefined) return { kind: 'not-found', reason: 'no MX records' };
    const host = top.exchange.toLowerCase().replace(/\.$/, '');
    const registrableDomain = getDomain(host);
    if (registrableDomain === null) return { kind: 'not-found', reason: 'MX host has no registrable domain' };
    return { kind: 'ok', host, registrableDomain };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ETIMEOUT') return { kind: 'timeout' };
    if (code === 'ENOTFOUND' || code === 'ENODATA') return { kind: 'not-found', reason: String(code) };
    return { kind: 'error', reason: typeof code === 'string' ? code : 'DNS error' };
  } finally {
    clearTimeout(timer);
  }
}
