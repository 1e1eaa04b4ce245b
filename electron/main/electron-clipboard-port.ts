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
 * The marker formats this platform's copy should carry that the clipboard does not report after the
 * write (finding L16: Electron documents the raw-format custom type for `has()`, not for `write()`,
 * so a platform could drop the markers silently). Only format names are looked at, never the text.
 */
export async function missingMarkerFormats(platform: string, has: (mimetype: string) => Promise<boolean>): Promise<string[]> {
  const missing: string[] = [];
  for (const marker of clipboardMarkers(platform)) {
    const present = await has(osFormat(marker.format)).catch(() => false);
    if (!present) missing.push(marker.format);
  }
  return missing;
}

export interface ClipboardPortReports {
  /** The platform refused the item with the markers: copied as plain text. No secret is passed. */
  onMarkerFailure?: (error: unknown) => void;
  /** After a copy, these markers were not on the clipboard; told once per port (process), names only. */
  onMarkersMissing?: (formats: string[]) => void;
}

/**
 * The ClipboardPort for Electron main. If the platform refuses the marker formats, the copy
 * falls back to plain text (the user asked to copy; the clear timer still applies) and
 * `onMarkerFailure` is told (no secret is passed). After each copy with markers, `clipboard.has`
 * checks that each marker was written; the first copy that lacks one tells `onMarkersMissing`.
 */
export function electronClipboardPort(
  clipboard: Pick<Clipboard, 'write' | 'writeText' | 'readText' | 'clear'> & Partial<Pick<Clipboard, 'has'>>,
  ClipboardItem: ClipboardItemCtor,
  platform: string,
  reports: ClipboardPortReports = {},
): ClipboardPort {
  let missingReported = false;
  return {
    async writeSecret(text) {
      try {
        await clipboard.write([new ClipboardItem(secretClipboardRecord(text, platform))]);
      } catch (error) {
        reports.onMarkerFailure?.(error);
        await clipboard.writeText(text);
        return;
      }
      if (missingReported || clipboard.has === undefined) return;
      const missing = await missingMarkerFormats(platform, (mimetype) => clipboard.has?.(mimetype) ?? Promise.resolve(false));
      if (missing.length > 0) {
        missingReported = true;
        reports.onMarkersMissing?.(missing);
      }
    },
    readText: () => clipboard.readText(),
    clear: () => clipboard.clear(),
  };
}
