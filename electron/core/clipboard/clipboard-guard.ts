import { CLIPBOARD_CLEAR_SECONDS } from '../../contract/limits.ts';
import type { ClipboardPort } from './clipboard-port.ts';
import { KeyedDigest } from './keyed-digest.ts';

/** Why the guard was asked to clear; reported back so hosts can log it without the value. */
export type ClearReason = 'timer' | 'lock' | 'quit' | 'manual';

export interface CopyOutcome {
  /** "Copied — clears in 20 s". */
  notification: string;
  /** Seconds until the clipboard is cleared, or null when clearing is off. */
  clearsInSeconds: number | null;
}

export interface ClipboardGuardOptions {
  port: ClipboardPort;
  /** Seconds after a copy to clear the clipboard (the vault's clipboardClearSeconds; null or 0 = never). Read at each copy. */
  clearSeconds: () => number | null;
  /** Called with the notification text after each copy. */
  notify?: (text: string) => void;
}

/**
 * Copies secrets and takes them back: after N seconds, on lock and on quit the clipboard is
 * cleared — but only when it still holds what AppPass put there (something the user copied
 * since is left alone). The comparison uses a keyed hash of the last copy; the guard keeps no
 * copy of the secret.
 */
export class ClipboardGuard {
  readonly #port: ClipboardPort;
  readonly #clearSeconds: () => number | null;
  readonly #notify: ((text: string) => void) | undefined;
  readonly #digest = new KeyedDigest();
  #ours: Buffer | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(options: ClipboardGuardOptions) {
    this.#port = options.port;
    this.#clearSeconds = options.clearSeconds;
    this.#notify = options.notify;
  }

  /** True while the guard believes the clipboard may hold one of its copies. */
  get holdsCopy(): boolean {
    return this.#ours !== null;
  }

  async copy(text: string): Promise<CopyOutcome> {
    this.#cancelTimer();
    this.#forget();
    await this.#port.writeSecret(text);
    this.#ours = this.#digest.digest(text);
    const seconds = sanitizeSeconds(this.#clearSeconds());
    if (seconds > 0) {
      this.#timer = setTimeout(() => {
        this.#timer = null;
        void this.clearIfOurs('timer').catch(() => undefined);
      }, seconds * 1000);
      // Never keep a quitting process alive just to clear the clipboard (quit clears it anyway).
      (this.#timer as { unref?: () => void }).unref?.();
    }
    const notification = copiedNotification(seconds);
    this.#notify?.(notification);
    return { notification, clearsInSeconds: seconds > 0 ? seconds : null };
  }

  /**
   * Clears the clipboard if it still holds our last copy. Returns true when it cleared.
   * A clipboard that cannot be read is left alone (we cannot tell whose content it is).
   */
  async clearIfOurs(_reason: ClearReason): Promise<boolean> {
    this.#cancelTimer();
    const ours = this.#ours;
    if (ours === null) return false;
    let current: string;
    try {
      current = await this.#port.readText();
    } catch {
      this.#forget();
      return false;
    }
    const stillOurs = this.#digest.matches(current, ours);
    this.#forget();
    if (!stillOurs) return false;
    await this.#port.clear();
    return true;
  }

  /** Clears if ours, then drops the key: call on quit. */
  async dispose(): Promise<boolean> {
    try {
      return await this.clearIfOurs('quit');
    } finally {
      this.#digest.destroy();
    }
  }

  #cancelTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #forget(): void {
    this.#ours?.fill(0);
    this.#ours = null;
  }
}

/** The notification shown after a copy: "Copied — clears in 20 s" (or just "Copied" when clearing is off). */
export function copiedNotification(clearSeconds: number): string {
  return clearSeconds > 0 ? `Copied — clears in ${clearSeconds} s` : 'Copied';
}

/** 0 = never by timer; any other value is held to the setting's range (contract/limits.ts). */
function sanitizeSeconds(value: number | null): number {
  if (value === null || !Number.isFinite(value) || value <= 0) return 0;
  return Math.min(Math.max(Math.round(value), CLIPBOARD_CLEAR_SECONDS.min), CLIPBOARD_CLEAR_SECONDS.max);
}
