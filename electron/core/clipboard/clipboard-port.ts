/**
 * What the clipboard guard needs from a host's clipboard. Electron main implements it with
 * Electron's clipboard (electron/main/clipboard/electron-clipboard-port.ts); the browser host and
 * tests bring their own. Methods may be synchronous or asynchronous.
 */
export interface ClipboardPort {
  /** Writes `text` as plain text, together with the platform's "this is a secret" markers where the host can. */
  writeSecret(text: string): Promise<void> | void;
  /** The clipboard's current plain text ('' when it holds none). */
  readText(): Promise<string> | string;
  /** Empties the clipboard. */
  clear(): Promise<void> | void;
}
