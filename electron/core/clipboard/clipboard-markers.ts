/**
 * The clipboard formats that tell clipboard managers and clipboard history to skip a copy, per
 * platform, as (format name → value) pairs. Hosts that can write raw formats add these next to
 * the plain text. See docs/security.md for what Electron can actually set.
 */
export interface ClipboardMarker {
  /** The OS-level format name (a pasteboard type, a Windows registered format, an X11/Wayland MIME type). */
  format: string;
  /** The format's payload, as bytes. */
  value: Uint8Array;
}

const EMPTY = new Uint8Array(0);
/** A little-endian DWORD 0: Windows' "no" for CanIncludeInClipboardHistory / CanUploadToCloudClipboard. */
const DWORD_ZERO = new Uint8Array([0, 0, 0, 0]);

export function clipboardMarkers(platform: string): ClipboardMarker[] {
  switch (platform) {
    case 'darwin':
      // nspasteboard.org: the presence of the type marks the content as a password.
      return [{ format: 'org.nspasteboard.ConcealedType', value: EMPTY }];
    case 'win32':
      // Microsoft: clipboard monitors skip content that carries this format; the two DWORD formats
      // keep it out of Win+V history and cloud clipboard.
      return [
        { format: 'ExcludeClipboardContentFromMonitorProcessing', value: EMPTY },
        { format: 'CanIncludeInClipboardHistory', value: DWORD_ZERO },
        { format: 'CanUploadToCloudClipboard', value: DWORD_ZERO },
      ];
    case 'linux':
    case 'freebsd':
    case 'openbsd':
      // KDE Klipper (5.x+) skips content offered with this MIME type whose value is "secret".
      return [{ format: 'x-kde-passwordManagerHint', value: new TextEncoder().encode('secret') }];
    default:
      return [];
  }
}
