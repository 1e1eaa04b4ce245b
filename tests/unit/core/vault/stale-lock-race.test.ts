import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isOwnFile } from '../../../../electron/core/sync/conflict-copies.ts';
import { serializeOwner, type LockOwner, type ProcessProbe } from '../../../../electron/core/vault/storage/lock-owner.ts';
import { staleGuardPathOf } from '../../../../electron/core/vault/storage/stale-lock.ts';
import { acquireWriteLock, lockPathOf } from '../../../../electron/core/vault/storage/write-lock.ts';
import { tempVault } from '../../../support/vault-helpers.ts';

/**
 * H1, found again under load (50 concurrent `apppass add`, load average 20-45): a writer read the lock
 * of a writer H, H released and exited, C took the lock, and only then did the first writer ask
 * whether H was alive. H was gone, so it moved "the stale lock" away — C's — and while it looked at
 * what it had moved, D took the free name; linking C's lock back failed. C and D saved at once: an
 * acknowledged add was lost, and one cleared the other's temporary file (IO_ERROR ENOENT).
 *
 * Here every file-system call of the lock code is followed by a check: the moment `PATH.lock` is
 * missing, another writer (D) takes it, as it would on a busy machine.
 */
const fsHook = vi.hoisted(() => ({ after: null as null | (() => void) }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<Record<string, unknown>>();
  const wrapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(real)) {
    if (name === 'default' || typeof value !== 'function') wrapped[name] = value;
    else {
      const call = value as (...args: unknown[]) => unknown;
      wrapped[name] = async (...args: unknown[]): Promise<unknown> => {
        try {
          return await call(...args);
        } finally {
          fsHook.after?.();
        }
      };
    }
  }
  return { ...wrapped, default: wrapped };
});

let t: ReturnType<typeof tempVault> | undefined;
afterEach(() => {
  fsHook.after = null;
  t?.cleanup();
  t = undefined;
});

const owner = (pid: number, nonce: string): LockOwner => ({ pid, host: 'here', boot: 'boot-1', start: '100', nonce });
const H = owner(1_000_001, 'H');
const C = owner(1_000_002, 'C');
const D = owner(1_000_003, 'D');

/** H's lock (H is gone) and the guard of C, a writer that began taking it away. */
function staleLockWithGuard(vault: ReturnType<typeof tempVault>): { lockPath: string; staleText: string; guard: string } {
  const lockPath = lockPathOf(vault.path);
  const staleText = serializeOwner(H);
  writeFileSync(lockPath, staleText);
  const guard = staleGuardPathOf(lockPath, lockPath, staleText);
  writeFileSync(guard, serializeOwner(C));
  return { lockPath, staleText, guard };
}

function probeWhere(isAlive: (pid: number) => boolean): ProcessProbe {
  return { host: 'here', boot: 'boot-1', isAlive, startOf: () => '100' };
}

describe('taking a stale lock away (H1)', () => {
  it('a lock taken over by a new writer after the old one was read is never moved or deleted', async () => {
    t = tempVault();
    const lockPath = lockPathOf(t.path);
    writeFileSync(lockPath, serializeOwner(H));
    let cTookOver = false;
    // H releases and exits, and C takes the lock, between our read of H's lock and our probe of H.
    const probe = probeWhere((pid) => {
      if (pid !== H.pid) return true;
      if (!cTookOver) {
        unlinkSync(lockPath);
        writeFileSync(lockPath, serializeOwner(C));
        cTookOver = true;
      }
      return false;
    });
    let dTook = false;
    fsHook.after = () => {
      if (!cTookOver || dTook || existsSync(lockPath)) return;
      writeFileSync(lockPath, serializeOwner(D), { flag: 'wx' });
      dTook = true;
    };

    await expect(acquireWriteLock(t.path, 300, probe)).rejects.toMatchObject({ code: 'EXTERNAL_CHANGE' });
    expect(cTookOver).toBe(true);
    expect(dTook).toBe(false); // C's lock was never missing: no second writer could slip in
    expect(readFileSync(lockPath, 'utf8')).toBe(serializeOwner(C));
    expect(readdirSync(t.dir).sort()).toEqual(['vault.apppass.lock']); // no guard, no candidate left
  });

  it('a dead owner’s lock is taken over, and so is the guard of a writer killed while taking it away', async () => {
    t = tempVault();
    const { lockPath } = staleLockWithGuard(t); // C was killed between creating the guard and deleting H's lock
    const release = await acquireWriteLock(t.path, 2000, probeWhere((pid) => pid !== H.pid && pid !== C.pid));
    expect(JSON.parse(readFileSync(lockPath, 'utf8'))).toMatchObject({ pid: process.pid });
    await release();
    expect(readdirSync(t.dir)).toEqual([]);
  });

  it('a live writer’s guard is waited for, not taken away', async () => {
    t = tempVault();
    const { lockPath, staleText, guard } = staleLockWithGuard(t); // C is alive and taking it away
    await expect(acquireWriteLock(t.path, 200, probeWhere((pid) => pid !== H.pid))).rejects.toMatchObject({ code: 'EXTERNAL_CHANGE' });
    expect(readFileSync(guard, 'utf8')).toBe(serializeOwner(C));
    expect(readFileSync(lockPath, 'utf8')).toBe(staleText);
  });

  it('a guard left behind after the lock went is tidied by the next writer', async () => {
    t = tempVault();
    const lockPath = lockPathOf(t.path);
    writeFileSync(staleGuardPathOf(lockPath, lockPath, 'some earlier lock'), serializeOwner(C));
    const release = await acquireWriteLock(t.path, 2000, probeWhere((pid) => pid !== C.pid));
    await release();
    expect(readdirSync(t.dir)).toEqual([]);
  });

  it('lock candidates and guards are the vault’s own files: the folder watch and sync never take them for copies', () => {
    const lockPath = lockPathOf('/v/vault.apppass');
    const guard = staleGuardPathOf(lockPath, lockPath, serializeOwner(H)).slice('/v/'.length);
    expect(isOwnFile('vault.apppass', guard)).toBe(true);
    expect(isOwnFile('vault.apppass', 'vault.apppass.lock.4242.0123456789ab')).toBe(true);
    expect(isOwnFile('vault.apppass', 'vault.apppass.locksmith')).toBe(false);
  });
});
