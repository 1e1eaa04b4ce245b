import { randomBytes } from 'node:crypto';
import { unlink } from 'node:fs/promises';
import { AppError } from '../../errors/index.ts';
import { writePrivate } from './atomic-write.ts';
import { readLockText, tryLink } from './lock-file.ts';
import { ownerOfThisProcess, serializeOwner, systemProbe, type ProcessProbe } from './lock-owner.ts';
import { removeDeadGuards, removeIfStale, type StaleTaker } from './stale-lock.ts';

/** How long a save waits for another writer's lock before EXTERNAL_CHANGE. */
export const WRITE_LOCK_WAIT_MS = 5000;

const inProcess = new Map<string, Promise<void>>();

export function lockPathOf(path: string): string {
  return `${path}.lock`;
}

function busy(): AppError {
  return new AppError('EXTERNAL_CHANGE', 'Another AppPass process is saving this vault. Close it or wait, then try again.');
}

/**
 * One writer at a time: an in-process queue per path, then `PATH.lock`, which appears atomically
 * holding its owner (pid, process start time, boot id, host, nonce). A lock whose owner is gone —
 * dead, an earlier boot, or a reused pid — is taken away under its guard (stale-lock.ts); a live
 * owner is waited for up to `waitMs`, then EXTERNAL_CHANGE. Returns the release function, which
 * removes only our own lock.
 */
export async function acquireWriteLock(path: string, waitMs = WRITE_LOCK_WAIT_MS, probe: ProcessProbe = systemProbe): Promise<() => Promise<void>> {
  const previous = inProcess.get(path) ?? Promise.resolve();
  let releaseInProcess!: () => void;
  const mine = new Promise<void>((resolveMine) => (releaseInProcess = resolveMine));
  const chain = previous.then(() => mine);
  inProcess.set(path, chain);
  await previous;
  const done = (): void => {
    releaseInProcess();
    if (inProcess.get(path) === chain) inProcess.delete(path);
  };
  const lockPath = lockPathOf(path);
  const ownText = serializeOwner(ownerOfThisProcess());
  const candidate = `${lockPath}.${process.pid}.${randomBytes(6).toString('hex')}`;
  const deadline = Date.now() + waitMs;
  try {
    await writePrivate(candidate, Buffer.from(ownText, 'utf8'), false);
    const taker: StaleTaker = { lockPath, candidate, probe };
    try {
      for (;;) {
        if (await tryLink(candidate, lockPath)) break;
        // A lock whose owner is gone is taken away only under its guard, and only if it is still
        // that lock (stale-lock.ts): never the lock of a writer that took over since it was read.
        if (await removeIfStale(taker, lockPath)) continue;
        if (Date.now() > deadline) throw busy();
        await new Promise((resolveWait) => setTimeout(resolveWait, 10 + Math.random() * 30));
      }
      await removeDeadGuards(taker);
    } finally {
      await unlink(candidate).catch(() => undefined);
    }
  } catch (error) {
    done();
    throw error;
  }
  return async () => {
    try {
      const held = await readLockText(lockPath);
      if (held === ownText) await unlink(lockPath).catch(() => undefined);
    } finally {
      done();
    }
  };
}
