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
  let origin: string;
  try {
    origin = new URL(frame.url).origin;
  } catch {
    return false;
  }
  return origin === appOrigin;
}
