import { describe, expect, it } from 'vitest';
import { ALLOWED_PERMISSIONS, APP_ORIGIN, permissionDecision } from '../../../electron/main/security/index.ts';

const ELECTRON_PERMISSIONS = [
  'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'fullscreen', 'geolocation', 'idle-detection', 'media',
  'mediaKeySystem', 'midi', 'midiSysex', 'notifications', 'pointerLock', 'keyboardLock', 'openExternal', 'speaker-selection',
  'storage-access', 'top-level-storage-access', 'window-management', 'unknown', 'fileSystem', 'hid', 'serial', 'usb',
];

describe('permission handler', () => {
  it('denies every permission, from our own origin too (deny by default, empty allowlist)', () => {
    expect(ALLOWED_PERMISSIONS.size).toBe(0);
    for (const permission of ELECTRON_PERMISSIONS) {
      expect(permissionDecision(permission, 'apppass://app/index.html', APP_ORIGIN), permission).toBe(false);
      expect(permissionDecision(permission, 'https://evil.example/', APP_ORIGIN), permission).toBe(false);
      expect(permissionDecision(permission, undefined, APP_ORIGIN), permission).toBe(false);
    }
  });
});
