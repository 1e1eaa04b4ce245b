/**
 * Permission requests (setPermissionRequestHandler) and checks (setPermissionCheckHandler) are
 * denied by default, and allowed only for our own origin and only when listed here. The one
 * entry: 'clipboard-sanitized-write' (navigator.clipboard.writeText — write-only, plain text),
 * which the renderer uses for NON-secret values such as a server name; secrets go through the
 * main process's clipboard guard (clipboard.copySecret / clipboard.copyEntry). Reading the
 * clipboard, camera, microphone, notifications, geolocation, etc. are all refused.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set<string>(['clipboard-sanitized-write']);

export function permissionDecision(permission: string, requestingUrl: string | undefined, appOrigin: string): boolean {
  if (!ALLOWED_PERMISSIONS.has(permission)) return false;
  if (!requestingUrl) return false;
  try {
    const url = new URL(requestingUrl);
    return `${url.protocol}//${url.host}` === appOrigin;
  } catch {
    return false;
  }
}
