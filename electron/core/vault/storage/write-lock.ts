import { randomBytes } from 'node:crypto';
import { link, rename, stat, unlink } from 'node:fs/promises';
import { AppError, isAppError } from '../../errors/index.ts';
import { writePrivate } from './atomic-write.ts';
import { readRegularFile } from './read-regular-file.ts';
import { isStaleLock, ownerOfThisProcess, parseOwner, serializeOwner, systemProbe, type ProcessProbe } from './lock-owner.ts';

/** How long a save waits for another writer's lock before EXTERNAL_CHANGE. */
export const WRITE_LOCK_WAIT_MS = 5000;

const inProcess = new Map<string, Promise<void>>();

export function lockPathOf(path: string): string {
  return `${path}.lock`;
}

function isCode(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === code;
}

/**
 * Publishes our candidate file as `PATH.lock` with link(): the lock appears atomically with its
 * owner already inside, never empty. False when someone else holds it (EEXIST).
 */
async function tryLink(candidate: string, lockPath: string): Promise<boolean> {
  try {
    await link(candidate, lockPath);
    return true;
  } catch (error) {
    if (isCode(error, 'EEXIST')) return false;
    throw error;
  }
}

const LOCK_MAX_BYTES = 4096;

/**
 * A lock file's text; null when there is none. Read like any file AppPass did not write itself: only
 * a regular file, at most 4 KiB (a planted FIFO would block). Anything unreadable reads as '', an
 * owner nobody can name, so it goes stale after UNREADABLE_LOCK_STALE_MS.
 */
async function readLockText(path: string): Promise<string | null> {
  try {
    const bytes = await readRegularFile(path, {
      maxBytes: LOCK_MAX_BYTES,
      action: 'read the lock',
      notFound: () => new AppError('NOT_FOUND', 'no lock'),
      tooLarge: () => new AppError('IO_ERROR', 'lock too large'),
    });
    return bytes.toString('utf8');
  } catch (error) {
    return isAppError(error) && error.code === 'NOT_FOUND' ? null : '';
  }
}

async function readLock(lockPath: string): Promise<{ text: string; ageMs: number } | null> {
  const text = await readLockText(lockPath);
  if (text === null) return null;
  try {
    return { text, ageMs: Date.now() - (await stat(lockPath)).mtimeMs };
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null;
    throw error;
  }
}

/**
 * Takes away a stale lock without ever deleting a fresh one: rename it to a unique name (only one
 * cleaner can win that rename), check that what was moved is the lock judged stale, then delete it.
 * If a fresh lock was moved instead, it is linked back.
 */
async function removeStale(lockPath: string, staleText: string): Promise<void> {
  const moved = `${lockPath}.stale.${randomBytes(6).toString('hex')}`;
  try {
    await rename(lockPath, moved);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return; // another cleaner won, or the owner released
    throw error;
  }
  const text = (await readLockText(moved)) ?? staleText;
  if (text !== staleText) await link(moved, lockPath).catch(() => undefined);
  await unlink(moved).catch(() => undefined);
}

function busy(): AppError {
  return new AppError('EXTERNAL_CHANGE', 'Another AppPass process is saving this vault. Close it or wait, then try again.');
}

/**
 * One writer at a time: an in-process queue per path, then `PATH.lock`, which appears atomically
 * holding its owner (pid, process start time, boot id, host, nonce). A lock whose owner is gone —
 * dead, an earlier boot, or a reused pid — is taken over; a live owner is waited for up to
 * `waitMs`, then EXTERNAL_CHANGE. Returns the release function, which removes only our own lock.
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
    try {
      for (;;) {
        if (await tryLink(candidate, lockPath)) break;
        const held = await readLock(lockPath);
        if (held === null) continue;
        if (isStaleLock(parseOwner(held.text), held.ageMs, probe)) {
          await removeStale(lockPath, held.text);
          continue;
        }
        if (Date.now() > deadline) throw busy();
        await new Promise((resolveWait) => setTimeout(resolveWait, 10 + Math.random() * 30));
      }
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
