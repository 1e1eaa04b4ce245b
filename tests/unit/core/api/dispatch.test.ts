import { describe, expect, it, vi } from 'vitest';
import { createHandlers, createServices, dispatch, type Handlers } from '../../../../electron/core/api/index.ts';
import { AppError } from '../../../../electron/core/errors/index.ts';
import { CALL_NAMES } from '../../../../electron/contract/index.ts';
import { buildApi } from '../../../../electron/contract/build-api.ts';

const services = createServices({ version: '1.2.3', platform: 'linux', vaultPath: '/v/vault.apppass' });

describe('dispatch', () => {
  it('runs app.info through the real handler table', async () => {
    expect(await dispatch(createHandlers(services), 'app.info', undefined)).toEqual({
      ok: true,
      value: { version: '1.2.3', platform: 'linux', vaultPath: '/v/vault.apppass', canPickFiles: false },
    });
  });

  it('refuses unknown calls and prototype keys without reaching a handler', async () => {
    const handlers = createHandlers(services);
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 42, null]) {
      expect(await dispatch(handlers, name, undefined)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });

  it('refuses input that fails the schema, naming the path but never the value', async () => {
    const spy = vi.fn(async () => ({ version: '', platform: '', vaultPath: '', canPickFiles: false }));
    const handlers = { ...createHandlers(services), 'app.info': spy } as Handlers;
    const result = await dispatch(handlers, 'app.info', { secret: 'hunter2' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(result)).not.toContain('hunter2');
    expect(spy).not.toHaveBeenCalled();
  });

  it('turns handler errors into typed payloads and hides unexpected ones', async () => {
    const typed = { ...createHandlers(services), 'app.info': async () => Promise.reject(new AppError('LOCKED', 'Locked.')) } as Handlers;
    expect(await dispatch(typed, 'app.info', undefined)).toEqual({ ok: false, error: { code: 'LOCKED', message: 'Locked.' } });
    const crash = { ...createHandlers(services), 'app.info': async () => Promise.reject(new Error('secret-in-message')) } as Handlers;
    const result = await dispatch(crash, 'app.info', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('secret-in-message');
  });
});

describe('buildApi', () => {
  it('exposes exactly one frozen function per contract call', async () => {
    const invoke = vi.fn(async () => ({ ok: true as const, value: 1 }));
    const api = buildApi(CALL_NAMES, invoke) as unknown as Record<string, Record<string, (i?: unknown) => Promise<unknown>>>;
    const exposed = Object.entries(api).flatMap(([ns, group]) => Object.keys(group).map((m) => `${ns}.${m}`));
    expect(exposed.sort()).toEqual([...CALL_NAMES].sort());
    expect(Object.isFrozen(api)).toBe(true);
    await api['app']?.['info']?.();
    expect(invoke).toHaveBeenCalledWith('app.info', undefined);
  });
});
