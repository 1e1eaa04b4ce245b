import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../../../electron/core/api/index.ts';
import { VaultService } from '../../../../electron/core/vault/index.ts';
import { FAST_KDF, tempVault } from '../../../support/vault-helpers.ts';

const t = tempVault();
afterAll(() => t.cleanup());
const vault = new VaultService(t.path);
const handlers = createHandlers({ version: '0.0.0-test', platform: 'linux', vaultPath: t.path, vault });

async function ok<T>(name: Parameters<typeof dispatch>[1], input?: unknown): Promise<T> {
  const r = await dispatch(handlers, name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

describe('vault contract calls', () => {
  it('status, create, add, list, reveal, update, remove/restore, settings, activity, lock', async () => {
    expect(await ok('vault.status')).toMatchObject({ exists: false, unlocked: false, path: t.path, vaultId: null });
    const short = await dispatch(handlers, 'vault.create', { password: 'too short', kdf: FAST_KDF });
    expect(short).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(short)).toContain('password');
    expect(JSON.stringify(short)).not.toContain('too short');
    expect(await ok('vault.status')).toMatchObject({ exists: false });
    const created = await ok<Record<string, unknown>>('vault.create', { password: 'contract pw 10', kdf: FAST_KDF });
    expect(created).toMatchObject({ exists: true, unlocked: true });
    expect(JSON.stringify(created)).not.toContain('contract pw 10');

    const added = await ok<Record<string, unknown>>('entries.add', { account: 'me@example.com', label: 'Mail', secret: 'contract-secret' });
    expect(added).not.toHaveProperty('secret');
    const id = added['id'] as string;
    expect(await ok('entries.list')).toHaveLength(1);
    expect(await ok('entries.list', { query: 'nothing-matches' })).toHaveLength(0);
    expect(await ok('entries.reveal', { id })).toEqual({ id, secret: 'contract-secret' });
    expect(await ok('entries.update', { id, patch: { label: 'Mail 2' } })).toMatchObject({ label: 'Mail 2' });
    // M5: the removed entry stays in the core for undo; its secret never comes back.
    const removed = await ok<Record<string, unknown>>('entries.remove', { id });
    expect(removed).not.toHaveProperty('secret');
    expect(JSON.stringify(removed)).not.toContain('contract-secret');
    expect(await ok('entries.restore', { id })).toMatchObject({ id, label: 'Mail 2' });
    expect(await ok('settings.update', { autoLockMinutes: 5 })).toMatchObject({ autoLockMinutes: 5 });
    expect(await ok<Array<{ action: string }>>('vault.activity')).toHaveLength(5);
    expect(await ok('vault.info')).toMatchObject({ formatVersion: 3, wraps: ['password'] });

    await ok('vault.lock');
    expect(await dispatch(handlers, 'entries.list', undefined)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await dispatch(handlers, 'vault.unlock', { password: 'nope' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    expect(await ok('vault.unlock', { password: 'contract pw 10' })).toMatchObject({ unlocked: true });
    expect(await ok('settings.get')).toMatchObject({ autoLockMinutes: 5, clipboardClearSeconds: 20 });
    expect(await ok('entries.list')).toHaveLength(1);
  });

  it('refuses bad input before the core runs', async () => {
    expect(await dispatch(handlers, 'entries.add', { account: 'a', secret: 'x'.repeat(1025) })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await dispatch(handlers, 'settings.update', { autoLockMinutes: 7 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
