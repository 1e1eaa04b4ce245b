export type { ClipboardPort } from './clipboard-port.ts';
export {
  ClipboardGuard,
  type ClearReason,
  type ClipboardGuardOptions,
  type CopyOutcome,
} from './clipboard-guard.ts';
export { clipboardMarkers, type ClipboardMarker } from './clipboard-markers.ts';
export { copiedNotification } from './copied-notification.ts';
export { KeyedDigest } from './keyed-digest.ts';
export { copyEntry } from './copy-entry.ts';
