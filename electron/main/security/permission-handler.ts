/**
 * Permission requests (setPermissionRequestHandler) and checks (setPermissionCheckHandler) are
 * denied by default. AppPass's renderer needs none: copying goes through the main process's
 * clipboard guard, and there is no camera, microphone, notification or geolocation use.
 * A permission could be added here, and only here, with its own origin check.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set<string>();

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
