import { ClipboardGuard, type ClipboardPort } from '../clipboard/index.ts';
import type { VaultView } from './vault-view.ts';

export interface GuardedClipboard {
  guard: ClipboardGuard;
  /** Settles once the clear started by the last lock has finished. */
  lockCleared(): Promise<void>;
}

/**
 * The clipboard guard of both hosts over the host's clipboard: copies are cleared after the
 * vault's clipboardClearSeconds, on every lock (whoever locked), and on quit (the host calls
 * `guard.dispose()` before it exits).
 */
export function guardClipboard(options: { port: ClipboardPort; vault: VaultView; notify?: (text: string) => void }): GuardedClipboard {
  const guard = new ClipboardGuard({
    port: options.port,
    clearSeconds: () => options.vault.settings().clipboardClearSeconds,
    ...(options.notify ? { notify: options.notify } : {}),
  });
  let cleared: Promise<void> = Promise.resolve();
  options.vault.onLock(() => {
    cleared = guard.clearIfOurs('lock').then(
      () => undefined,
      () => undefined,
    );
  });
  return { guard, lockCleared: () => cleared };
}
