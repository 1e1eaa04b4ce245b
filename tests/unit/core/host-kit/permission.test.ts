import { describe, expect, it } from 'vitest';
import { ALLOWED_PERMISSIONS, permissionDecision } from '../../../../electron/core/host-kit/index.ts';

const APP_ORIGIN = 'apppass://app';

const ELECTRON_PERMISSIONS = [
  'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'fullscreen', 'geolocation', 'idle-detection', 'media',
  'mediaKeySystem', 'midi', 'midiSysex', 'notifications', 'pointerLock', 'keyboardLock', 'openExternal', 'speaker-selection',
  'storage-access', 'top-level-storage-access', 'window-management', 'unknown', 'fileSystem', 'hid', 'serial', 'usb',
];

describe('permission handler', () => {
  it('denies every permission but sanitized clipboard writes, from our own origin too (deny by default)', () => {
    expect([...ALLOWED_PERMISSIONS]).toEqual(['clipboard-sanitized-write']);
    for (const permission of ELECTRON_PERMISSIONS.filter((p) => p !== 'clipboard-sanitized-write')) {
      expect(permissionDecision(permission, 'apppass://app/index.html', APP_ORIGIN), permission).toBe(false);
      expect(permissionDecision(permission, 'https://evil.example/', APP_ORIGIN), permission).toBe(false);
      expect(permissionDecision(permission, undefined, APP_ORIGIN), permission).toBe(false);
    }
  });

  it('sanitized clipboard writes only from our own origin; never clipboard reads', () => {
    expect(permissionDecision('clipboard-sanitized-write', 'apppass://app/index.html', APP_ORIGIN)).toBe(true);
    expect(permissionDecision('clipboard-sanitized-write', 'apppass://app', APP_ORIGIN)).toBe(true);
    for (const origin of ['https://evil.example/', 'apppass://evil/', 'file:///x', 'null', '', undefined]) {
      expect(permissionDecision('clipboard-sanitized-write', origin, APP_ORIGIN), String(origin)).toBe(false);
    }
    expect(permissionDecision('clipboard-read', 'apppass://app/index.html', APP_ORIGIN)).toBe(false);
  });
});
