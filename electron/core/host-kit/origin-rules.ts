/*
 * The origin rules both hosts apply: which frame may call the API, which URL is the app's own,
 * what navigation and which permissions are allowed. Electron main's origin is apppass://app; the
 * browser host's is its http://127.0.0.1:PORT server.
 */

/** The parts of Electron's WebFrameMain (or a Playwright frame) that sender validation looks at. */
export interface SenderFrame {
  url: string;
  /** null for the top-level (main) frame. */
  parent: unknown;
}

/** "scheme://host" of a URL; '' when it has no host (about:, data:, file:) or does not parse. */
function originOf(raw: string): string {
  try {
    const url = new URL(raw);
    // URL.origin is "null" for schemes Node does not know as special (our apppass:// scheme), so
    // build it from scheme and host.
    return url.host === '' ? '' : `${url.protocol}//${url.host}`;
  } catch {
    return '';
  }
}

/**
 * An IPC call is trusted only when it comes from the main frame of a page served from our own
 * origin (VS Code's validateEvent). Subframes, other origins, about:blank and destroyed frames
 * (null) are refused.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, appOrigin: string): boolean {
  if (!frame || frame.parent !== null) return false;
  return typeof frame.url === 'string' && originOf(frame.url) === appOrigin;
}

export function isAppUrl(url: string, appOrigin: string): boolean {
  return originOf(url) === appOrigin;
}

/**
 * In-app navigation is blocked: the renderer is a single page and never needs to leave it.
 * Every navigation is prevented; the caller may hand an allowed external link to the external-link
 * policy instead.
 */
export function navigationGuard(url: string, appOrigin: string): { allow: false; external: boolean } {
  return { allow: false, external: !isAppUrl(url, appOrigin) };
}

/**
 * Permission requests and checks are denied by default, and allowed only for our own origin and
 * only when listed here. The one entry: 'clipboard-sanitized-write' (navigator.clipboard.writeText,
 * write-only, plain text), which the renderer uses for NON-secret values such as a server name;
 * secrets go through the host's clipboard guard (clipboard.copySecret / clipboard.copyEntry).
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set<string>(['clipboard-sanitized-write']);

export function permissionDecision(permission: string, requestingUrl: string | undefined, appOrigin: string): boolean {
  if (!ALLOWED_PERMISSIONS.has(permission) || !requestingUrl) return false;
  return isAppUrl(requestingUrl, appOrigin);
}

/**
 * Every new window is denied. A link the external-link policy allows is handed to the OS browser
 * instead (the caller opens it).
 */
export function windowOpenHandler(url: string, isExternalLinkAllowed: (url: string) => boolean): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isExternalLinkAllowed(url) };
}
