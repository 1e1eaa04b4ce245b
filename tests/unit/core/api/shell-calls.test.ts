import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VaultService } from '../../../../electron/core/vault/index.ts';
import { createHandlers, createServices, dispatch } from '../../../../electron/core/api/index.ts';
import { ClipboardGuard } from '../../../../electron/core/clipboard/index.ts';
import { createExternalLinkPolicy, urlListAllowlist } from '../../../../electron/core/host-kit/index.ts';
import { FakeClipboard } from '../../../support/fake-clipboard.ts';

const base = createServices({ version: '0.1.0', platform: 'linux', vaultPath: '/v/vault.apppass' });

describe('clipboard.* and shell.* contract calls', () => {
  afterEach(() => vi.useRealTimers());

  it('clipboard.copySecret copies through the guard; clipboard.clear clears our copy', async () => {
    vi.useFakeTimers();
    const clip = new FakeClipboard();
    const handlers = createHandlers({ ...base, clipboard: new ClipboardGuard({ port: clip, clearSeconds: () => 20 }) });
    expect(await dispatch(handlers, 'clipboard.copySecret', { text: 'xyz-secret' })).toEqual({
      ok: true,
      value: { notification: 'Copied — clears in 20 s', clearsInSeconds: 20 },
    });
    expect(clip.text).toBe('xyz-secret');
    expect(await dispatch(handlers, 'clipboard.clear', undefined)).toEqual({ ok: true, value: { cleared: true } });
    expect(clip.text).toBe('');
  });

  it('without a clipboard the host says so with CLIPBOARD_UNAVAILABLE', async () => {
    const result = await dispatch(createHandlers(base), 'clipboard.copySecret', { text: 'xyz-secret' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CLIPBOARD_UNAVAILABLE' } });
    expect(JSON.stringify(result)).not.toContain('xyz-secret');
  });

  it('shell.openExternal opens only allowed links; others get LINK_NOT_ALLOWED and are not opened', async () => {
    const openExternal = vi.fn(async () => undefined);
    const isExternalLinkAllowed = createExternalLinkPolicy(urlListAllowlist(['https://myaccount.google.com/apppasswords']));
    const handlers = createHandlers({ ...base, shell: { isExternalLinkAllowed, openExternal } });
    expect(await dispatch(handlers, 'shell.openExternal', { url: 'https://myaccount.google.com/apppasswords' })).toEqual({ ok: true, value: { opened: true } });
    for (const url of ['http://myaccount.google.com/apppasswords', 'https://evil.example/', 'file:///etc/passwd']) {
      expect(await dispatch(handlers, 'shell.openExternal', { url })).toMatchObject({ ok: false, error: { code: 'LINK_NOT_ALLOWED' } });
    }
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(await dispatch(createHandlers(base), 'shell.openExternal', { url: 'https://myaccount.google.com/apppasswords' })).toMatchObject({
      ok: false,
      error: { code: 'LINK_NOT_ALLOWED' },
    });
  });

  it('clipboard.copyEntry copies the stored password (never returned), marks it copied; LOCKED when locked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apppass-copy-'));
    try {
      const vault = new VaultService(join(dir, 'v.apppass'));
      const clip = new FakeClipboard();
      const handlers = createHandlers({ ...base, vault, clipboard: new ClipboardGuard({ port: clip, clearSeconds: () => 20 }) });
      const session = await vault.create('pw-for-tests', { memoryKiB: 19 * 1024, iterations: 2, parallelism: 1 });
      const entry = session.add({ provider: 'gmail', account: 'a@gmail.com', secret: 'wxyz wxyz wxyz wxyz' });
      await session.save();
      const result = await dispatch(handlers, 'clipboard.copyEntry', { id: entry.id });
      expect(result).toEqual({ ok: true, value: { notification: 'Copied — clears in 20 s', clearsInSeconds: 20 } });
      expect(clip.text).toBe('wxyz wxyz wxyz wxyz');
      expect(vault.session().get(entry.id).lastCopied).not.toBeNull();
      expect(vault.session().activity().at(-1)).toMatchObject({ action: 'copied', entryId: entry.id });
      expect(await dispatch(handlers, 'shell.quickSearch', { query: 'a@gmail' })).toMatchObject({ ok: true, value: [{ id: entry.id }] });
      vault.lock();
      expect(await dispatch(handlers, 'clipboard.copyEntry', { id: entry.id })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
      expect(await dispatch(handlers, 'shell.quickSearch', { query: '' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
