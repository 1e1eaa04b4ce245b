import { z } from 'zod';
import { call } from '../define-call.ts';

/** Longest text the clipboard guard copies, in characters. */
export const CLIPBOARD_TEXT_MAX = 4096;

export interface ClipboardCopyResult {
  /** "Copied — clears in 20 s". */
  notification: string;
  /** Seconds until the clipboard is cleared, or null when clearing is off. */
  clearsInSeconds: number | null;
}

export const clipboardCalls = {
  /** Copies a secret (e.g. a generated password) with the platform's no-history markers; cleared after N s, on lock and quit. */
  'clipboard.copySecret': call<ClipboardCopyResult>()(z.strictObject({ text: z.string().min(1).max(CLIPBOARD_TEXT_MAX) })),
  /**
   * Copies one vault entry's password (never sent to the renderer) and marks it copied. Named
   * clipboard.* rather than entries.* so the vault's entries.* handler table stays the vault's.
   */
  'clipboard.copyEntry': call<ClipboardCopyResult>()(z.strictObject({ id: z.string().min(1).max(64) })),
  /** Clears the clipboard now if it still holds AppPass's last copy. */
  'clipboard.clear': call<{ cleared: boolean }>()(z.undefined()),
};
