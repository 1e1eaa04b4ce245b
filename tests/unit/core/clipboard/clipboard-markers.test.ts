import { describe, expect, it, vi } from 'vitest';
import { clipboardMarkers } from '../../../../electron/core/clipboard/index.ts';
import { electronClipboardPort, osFormat, secretClipboardRecord } from '../../../../electron/main/electron-clipboard-port.ts';

class FakeItem {
  constructor(readonly items: Record<string, string | Blob>) {}
  get types(): string[] {
    return Object.keys(this.items);
  }
}

describe('clipboard markers', () => {
  it('macOS: org.nspasteboard.ConcealedType', () => {
    expect(clipboardMarkers('darwin').map((m) => m.format)).toEqual(['org.nspasteboard.ConcealedType']);
  });
  it('Windows: ExcludeClipboardContentFromMonitorProcessing, and history/cloud off as DWORD 0', () => {
    const markers = clipboardMarkers('win32');
    expect(markers.map((m) => m.format)).toEqual([
      'ExcludeClipboardContentFromMonitorProcessing',
      'CanIncludeInClipboardHistory',
      'CanUploadToCloudClipboard',
    ]);
    expect([...(markers[1]?.value ?? [])]).toEqual([0, 0, 0, 0]);
  });
  it('Linux: x-kde-passwordManagerHint = secret', () => {
    const [marker] = clipboardMarkers('linux');
    expect(marker?.format).toBe('x-kde-passwordManagerHint');
    expect(new TextDecoder().decode(marker?.value)).toBe('secret');
  });
  it('unknown platforms: none', () => {
    expect(clipboardMarkers('aix')).toEqual([]);
  });
});

describe('electronClipboardPort', () => {
  it('writes text plus the markers as raw OS formats in one atomic item', async () => {
    const written: FakeItem[][] = [];
    const clipboard = {
      write: vi.fn(async (items: FakeItem[]) => void written.push(items)),
      writeText: vi.fn(async () => undefined),
      readText: vi.fn(async () => 'x'),
      clear: vi.fn(),
    };
    const port = electronClipboardPort(clipboard as never, FakeItem as never, 'linux');
    await port.writeSecret('s3cret');
    expect(written).toHaveLength(1);
    expect(written[0]?.[0]?.types).toEqual(['text/plain', 'electron application/osclipboard;format="x-kde-passwordManagerHint"']);
    expect(written[0]?.[0]?.items['text/plain']).toBe('s3cret');
    expect(clipboard.writeText).not.toHaveBeenCalled();
  });

  it('falls back to plain text when the platform refuses the markers, and says so without the secret', async () => {
    const failures: unknown[] = [];
    const clipboard = {
      write: vi.fn(async () => {
        throw new Error('format not supported');
      }),
      writeText: vi.fn(async () => undefined),
      readText: vi.fn(async () => ''),
      clear: vi.fn(),
    };
    const port = electronClipboardPort(clipboard as never, FakeItem as never, 'win32', { onMarkerFailure: (e) => failures.push(e) });
    await port.writeSecret('s3cret');
    expect(clipboard.writeText).toHaveBeenCalledWith('s3cret');
    expect(failures).toHaveLength(1);
    expect(String(failures[0])).not.toContain('s3cret');
  });

  it('osFormat / secretClipboardRecord', async () => {
    expect(osFormat('org.nspasteboard.ConcealedType')).toBe('electron application/osclipboard;format="org.nspasteboard.ConcealedType"');
    const record = secretClipboardRecord('pw', 'darwin');
    expect(Object.keys(record)).toEqual(['text/plain', osFormat('org.nspasteboard.ConcealedType')]);
    expect(Object.keys(secretClipboardRecord('pw', 'sunos'))).toEqual(['text/plain']);
  });
});
