import { describe, expect, it } from 'vitest';
import { chromiumArgs, PAGE_PERMISSIONS } from '../../../electron/browser-host/find-chromium.ts';

describe('browser host Chromium flags and page permissions (L13)', () => {
  it('keeps Chromium’s sandbox for a normal user outside CI', () => {
    expect(chromiumArgs({}, 1000)).not.toContain('--no-sandbox');
    expect(chromiumArgs({ CI: 'false' }, 1000)).not.toContain('--no-sandbox');
    expect(chromiumArgs({}, 1000)).toContain('--disable-background-networking');
  });
  it('turns it off only where Chromium cannot start with it: as root, or CI=true', () => {
    expect(chromiumArgs({}, 0)).toContain('--no-sandbox');
    expect(chromiumArgs({ CI: 'true' }, 1000)).toContain('--no-sandbox');
    expect(chromiumArgs({ CI: '1' }, 1000)).toContain('--no-sandbox');
  });
  it('the page may write to the clipboard, never read it', () => {
    expect(PAGE_PERMISSIONS).toEqual(['clipboard-write']);
  });
});
