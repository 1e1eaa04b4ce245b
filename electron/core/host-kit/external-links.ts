/** Addresses of AppPass's own documentation that the app may link to (prefixes). */
export const APP_DOC_URL_PREFIXES: readonly string[] = ['https://github.com/apppass/apppass/'];

/** Says whether an https URL is listed by the provider catalog (injected; see createExternalLinkPolicy). */
export type UrlAllowlist = (url: URL) => boolean;

/**
 * External links open (via shell.openExternal) only when they are https, carry no credentials,
 * use the default port, and the provider catalog or the app's docs list them.
 */
export function createExternalLinkPolicy(catalogLists: UrlAllowlist, docPrefixes: readonly string[] = APP_DOC_URL_PREFIXES) {
  return function isExternalLinkAllowed(raw: string): boolean {
    if (typeof raw !== 'string' || raw.length > 2048) return false;
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return false;
    }
    if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return false;
    const href = url.href;
    if (docPrefixes.some((prefix) => href.startsWith(prefix))) return true;
    try {
      return catalogLists(url);
    } catch {
      return false;
    }
  };
}

/**
 * Builds the catalog allowlist from a list of catalog URLs: a link is listed when it is one of
 * them, or lies under one of them (same host, path continues after a "/"); the query and
 * fragment are ignored.
 */
export function urlListAllowlist(listed: readonly string[]): UrlAllowlist {
  const bases = listed
    .map((u) => {
      try {
        return new URL(u);
      } catch {
        return null;
      }
    })
    .filter((u): u is URL => u !== null && u.protocol === 'https:');
  return (url) =>
    bases.some((base) => {
      if (base.host !== url.host) return false;
      const basePath = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
      return url.pathname === base.pathname || url.pathname.startsWith(basePath);
    });
}
