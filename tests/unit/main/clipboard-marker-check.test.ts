import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createHostLog } from '../../../electron/core/host-kit/index.ts';
import { electronClipboardPort, missingMarkerFormats, osFormat } from '../../../electron/main/electron-clipboard-port.ts';
import { createFakeElectron } from '../../support/fake-electron.ts';

/**
 * L16: after each copy, Electron main asks `clipboard.has(...)` for every marker format it wrote and
 * says once (host log, format names only) when the clipboard lacks one — Electron documents the raw
 * format type for has(), not for write(), so a platform that drops it must not go unnoticed.
 */
const SECRET = 'marker-check-Secret-77';

const homes: string[] = [];
afterEach(() => {
  for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
});

function portOver(electron: ReturnType<typeof createFakeElectron>, platform: string) {
  homes.push(electron.home);
  const lines: string[] = [];
  const log = createHostLog((line) => lines.push(line));
  const port = electronClipboardPort(electron.fake.clipboard as never, electron.fake.ClipboardItem as never, platform, {
    onMarkersMissing: (formats) => log.warn(`after a copy the clipboard lacked the no-history marker(s) ${formats.join(', ')}`),
  });
  return { port, lines };
}

describe('clipboard marker check after a copy (L16)', () => {
  it('missingMarkerFormats: names the markers has() does not report; a throwing has() counts as missing', async () => {
    const present = new Set([osFormat('ExcludeClipboardContentFromMonitorProcessing')]);
    expect(await missingMarkerFormats('win32', async (m) => present.has(m))).toEqual(['CanIncludeInClipboardHistory', 'CanUploadToCloudClipboard']);
    expect(await missingMarkerFormats('linux', async () => Promise.reject(new Error('no')))).toEqual(['x-kde-passwordManagerHint']);
    expect(await missingMarkerFormats('sunos', async () => false)).toEqual([]);
  });

  it('with the fake electron keeping every type: nothing is logged, and has() was asked for each marker', async () => {
    const electron = createFakeElectron({});
    const { port, lines } = portOver(electron, 'win32');
    await port.writeSecret(SECRET);
    expect(lines).toEqual([]);
    expect(electron.fake.clipboard.has.mock.calls.map(([m]) => m)).toEqual([
      osFormat('ExcludeClipboardContentFromMonitorProcessing'),
      osFormat('CanIncludeInClipboardHistory'),
      osFormat('CanUploadToCloudClipboard'),
    ]);
  });

  it('a platform that drops the markers: one log line over many copies, names only, never the secret', async () => {
    const electron = createFakeElectron({});
    // Play a platform whose write() keeps only the text.
    electron.fake.clipboard.has.mockImplementation(async (mimetype: string) => mimetype === 'text/plain');
    const { port, lines } = portOver(electron, 'linux');
    for (let i = 0; i < 5; i++) await port.writeSecret(`${SECRET}-${i}`);
    expect(lines).toEqual(['AppPass: after a copy the clipboard lacked the no-history marker(s) x-kde-passwordManagerHint']);
    expect(lines.join('\n')).not.toContain(SECRET);
    expect(electron.clipboardState.text).toBe(`${SECRET}-4`);
  });
});
