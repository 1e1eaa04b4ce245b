import type { ClipboardItem as ElectronClipboardItem, Clipboard } from 'electron';
import { clipboardMarkers, type ClipboardPort } from '../core/clipboard/index.ts';

/**
 * Electron 45's clipboard is asynchronous and W3C-shaped (`write(ClipboardItem[])`; there is no
 * writeBuffer any more). A raw OS format is addressed as the custom type
 * `electron application/osclipboard;format="<name>"` (documented for `has()`; see docs/security.md
 * for what is verified and what is not).
 */
export function osFormat(name: string): string {
  return `electron application/osclipboard;format="${name}"`;
}

type ClipboardItemCtor = new (items: Record<string, string | Blob>) => ElectronClipboardItem;

/** The items one secret copy writes: the text plus this platform's "do not record" markers. */
export function secretClipboardRecord(text: string, platform: string): Record<string, string | Blob> {
  const record: Record<string, string | Blob> = { 'text/plain': text };
  for (const marker of clipboardMarkers(platform)) record[osFormat(marker.format)] = new Blob([new Uint8Array(marker.value)]);
  return record;
}

/**
 * The ClipboardPort for Electron main. If the platform refuses the marker formats, the copy
 * falls back to plain text (the user asked to copy; the clear timer still applies) and
 * `onMarkerFailure` is told (no secret is passed).
 */
export function electronClipboardPort(
  clipboard: Pick<Clipboard, 'write' | 'writeText' | 'readText' | 'clear'>,
  ClipboardItem: ClipboardItemCtor,
  platform: string,
  onMarkerFailure: (error: unknown) => void = () => undefined,
): ClipboardPort {
  return {
    async writeSecret(text) {
      try {
        await clipboard.write([new ClipboardItem(secretClipboardRecord(text, platform))]);
      } catch (error) {
        onMarkerFailure(error);
        await clipboard.writeText(text);
      }
    },
    readText: () => clipboard.readText(),
    clear: () => clipboard.clear(),
  };
}
