/** AppPass's own documentation pages the app may link to (exact URLs). */
export const APP_DOC_URLS: readonly string[] = [
  'https://github.com/apppass/apppass',
  ...['README.md', 'docs/security.md', 'docs/keychain.md', 'docs/interop.md', 'docs/providers.md'].map(
    (file) => `https://github.com/apppass/apppass/blob/main/${file}`,
  ),
];

/**
 * Says whether an https URL is listed. A URL is listed only when it names exactly a listed page:
 * same host, same path, same query (an open redirect behind `?continue=` on a listed host is not
 * reachable, finding L15). The fragment never reaches a server and is ignored.
 */
export type UrlAllowlist = (url: URL) => boolean;

function parseHttps(raw: string): URL | null {
  if (typeof raw !== 'string' || raw.length > 2048) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The exact-page allowlist of a list of URLs (the provider catalog's, the docs'). */
export function urlListAllowlist(listed: readonly string[]): UrlAllowlist {
  const pages = new Set(listed.map(parseHttps).filter((u): u is URL => u !== null).map((u) => `${u.host}${u.pathname}${u.search}`));
  return (url) => pages.has(`${url.host}${url.pathname}${url.search}`);
}

/**
 * The exact-page allowlist of whatever catalog is in use now. A signed catalog update can add
 * pages, so the list follows the catalog: rebuilt when `current()` returns another object.
 */
export function liveCatalogAllowlist(current: () => unknown): UrlAllowlist {
  let seen: unknown;
  let list: UrlAllowlist = () => false;
  return (url) => {
    const catalog = current();
    if (catalog !== seen) {
      list = urlListAllowlist([...collectHttpsUrls(catalog)]);
      seen = catalog;
    }
    return list(url);
  };
}

/**
 * External links open (through the OS browser) only when they are https, carry no credentials,
 * use the default port, and name exactly a page the provider catalog or the app's docs list.
 */
export function createExternalLinkPolicy(catalogLists: UrlAllowlist, docUrls: readonly string[] = APP_DOC_URLS) {
  const docsList = urlListAllowlist(docUrls);
  return function isExternalLinkAllowed(raw: string): boolean {
    const url = parseHttps(raw);
    if (url === null || url.username !== '' || url.password !== '' || url.port !== '') return false;
    if (docsList(url)) return true;
    try {
      return catalogLists(url);
    } catch {
      return false;
    }
  };
}

/**
 * Every https URL found anywhere in a data structure (the provider catalog: page URLs, source
 * URLs, help links). The external-link allowlist is built from the catalog as it stands.
 */
export function collectHttpsUrls(data: unknown, out: Set<string> = new Set(), depth = 0): Set<string> {
  if (depth > 12) return out;
  if (typeof data === 'string') {
    for (const match of data.matchAll(/https:\/\/[^\s"'<>)]+/g)) out.add(match[0].replace(/[.,;:]+$/, ''));
  } else if (Array.isArray(data)) {
    for (const item of data) collectHttpsUrls(item, out, depth + 1);
  } else if (data !== null && typeof data === 'object') {
    for (const value of Object.values(data)) collectHttpsUrls(value, out, depth + 1);
  }
  return out;
}
