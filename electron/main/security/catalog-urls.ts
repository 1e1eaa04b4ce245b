/**
 * Every https URL found anywhere in a data structure (the provider catalog: page URLs, source
 * URLs, help links). Used to build the external-link allowlist from the catalog as it stands.
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
