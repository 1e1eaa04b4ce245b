/**
 * In-app navigation is blocked: the renderer is a single page and never needs to leave it.
 * `will-navigate` handlers call this; every navigation is prevented, and the caller may hand an
 * allowed external link to the external-link policy instead.
 */
export function navigationGuard(url: string, appOrigin: string): { allow: false; external: boolean } {
  return { allow: false, external: !isAppUrl(url, appOrigin) };
}

export function isAppUrl(url: string, appOrigin: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.host !== '' && `${parsed.protocol}//${parsed.host}` === appOrigin;
  } catch {
    return false;
  }
}
