import { describe, expect, it } from 'vitest';
import { openFileControls } from '../../../../../renderer/src/screens/first-run/open-file-controls.ts';

describe('open-file form controls (H2)', () => {
  it('a host with a dialog shows only Browse…: no path field a typed path would be refused in', () => {
    expect(openFileControls(true)).toEqual({ browse: true, pathField: false, openButton: false });
  });
  it('the browser host (no dialog) keeps the path field and Open', () => {
    expect(openFileControls(false)).toEqual({ browse: false, pathField: true, openButton: true });
  });
});
