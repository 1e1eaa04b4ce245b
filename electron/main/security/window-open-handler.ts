/**
 * `setWindowOpenHandler`: every new window is denied. A link the external-link policy allows is
 * handed to the OS browser instead (the caller does shell.openExternal).
 */
export function windowOpenHandler(
  url: string,
  isExternalLinkAllowed: (url: string) => boolean,
): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isExternalLinkAllowed(url) };
}
