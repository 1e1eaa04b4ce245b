import { describe, expect, it, vi } from 'vitest';
import { createHandlers, createServices, dispatch, type Handlers } from '../../../electron/core/api/index.ts';
import { afterCalls } from '../../../electron/main/ipc/after-calls.ts';

const handlers = createHandlers(createServices({ version: '0.1.0', platform: 'linux', vaultPath: '/nonexistent/apppass/v.apppass' }));

describe('afterCalls', () => {
  it('runs the follow-up after matching calls only, success or failure', async () => {
    const after = vi.fn();
    const wrapped = afterCalls(handlers, ['vault.', 'entries.'], after);
    expect(await dispatch(wrapped, 'app.info', undefined)).toMatchObject({ ok: true });
    expect(after).not.toHaveBeenCalled();
    expect(await dispatch(wrapped, 'vault.status', undefined)).toMatchObject({ ok: true });
    expect(after).toHaveBeenCalledTimes(1);
    expect(await dispatch(wrapped, 'entries.list', undefined)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(after).toHaveBeenCalledTimes(2);
  });

  it('never for refused calls, and a failing follow-up does not change the answer', async () => {
    const after = vi.fn(() => {
      throw new Error('tray gone');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const wrapped: Handlers = afterCalls(handlers, ['vault.'], after);
    expect(await dispatch(wrapped, 'vault.status', { junk: true })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(after).not.toHaveBeenCalled();
    expect(await dispatch(wrapped, 'vault.status', undefined)).toMatchObject({ ok: true, value: { exists: false, unlocked: false } });
    expect(after).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
