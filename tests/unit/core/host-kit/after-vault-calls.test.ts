import { describe, expect, it, vi } from 'vitest';
import { createHandlers, createServices, dispatch, type Handlers } from '../../../../electron/core/api/index.ts';
import { afterVaultCalls, createHostLog } from '../../../../electron/core/host-kit/index.ts';

const handlers = createHandlers(createServices({ version: '0.1.0', platform: 'linux', vaultPath: '/nonexistent/apppass/v.apppass' }));

describe('afterVaultCalls', () => {
  it('runs the follow-up after matching calls only, success or failure', async () => {
    const after = vi.fn();
    const wrapped = afterVaultCalls(handlers, ['vault.', 'entries.'], after, createHostLog(() => undefined));
    expect(await dispatch(wrapped, 'app.info', undefined)).toMatchObject({ ok: true });
    expect(after).not.toHaveBeenCalled();
    expect(await dispatch(wrapped, 'vault.status', undefined)).toMatchObject({ ok: true });
    expect(after).toHaveBeenCalledTimes(1);
    expect(await dispatch(wrapped, 'entries.list', undefined)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(after).toHaveBeenCalledTimes(2);
  });

  it('never for refused calls, and a failing follow-up does not change the answer (it is logged)', async () => {
    const after = vi.fn(() => {
      throw new Error('tray gone');
    });
    const lines: string[] = [];
    const wrapped: Handlers = afterVaultCalls(handlers, ['vault.'], after, createHostLog((line) => lines.push(line)));
    expect(await dispatch(wrapped, 'vault.status', { junk: true })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(after).not.toHaveBeenCalled();
    expect(await dispatch(wrapped, 'vault.status', undefined)).toMatchObject({ ok: true, value: { exists: false, unlocked: false } });
    expect(after).toHaveBeenCalledTimes(1);
    expect(lines).toEqual(['AppPass: updating the tray after a vault call failed: tray gone']);
  });
});
