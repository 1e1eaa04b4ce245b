/* Shared by both hosts: Electron main (ipc/register-contract.ts) and the browser host. */
/** The parts of Electron's WebFrameMain that sender validation looks at. */
export interface SenderFrame {
  url: string;
  /** null for the top-level (main) frame. */
  parent: unknown;
}

/**
 * An IPC call is trusted only when it comes from the main frame of a page served from our own
 * origin (VS Code's validateEvent). Subframes, other origins, about:blank and destroyed frames
 * (null) are refused.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, appOrigin: string): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  // URL.origin is "null" for schemes Node does not know as special (our apppass:// scheme), so
  // compare scheme and host; an empty host (about:, data:, file:) never matches.
  return url.host !== '' && `${url.protocol}//${url.host}` === appOrigin;
}
