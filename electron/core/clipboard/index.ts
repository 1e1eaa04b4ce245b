export type { ClipboardPort } from './clipboard-port.ts';
export {
  ClipboardGuard,
  copiedNotification,
  type ClearReason,
  type ClipboardGuardOptions,
  type CopyOutcome,
} from './clipboard-guard.ts';
export { clipboardMarkers, type ClipboardMarker } from './clipboard-markers.ts';
export { KeyedDigest } from './keyed-digest.ts';
export { copyEntry } from './copy-entry.ts';
