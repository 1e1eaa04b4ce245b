import { createHash } from 'node:crypto';
import { readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isCode, readLock, readLockText, tryLink } from './lock-file.ts';
import { isStaleLock, parseOwner, type ProcessProbe } from './lock-owner.ts';

/**
 * Taking a stale lock away without ever touching a live one (H1).
 *
 * A writer that judged `PATH.lock` stale may be wrong by the time it acts: the owner it read may have
 * released, and a new writer may hold the lock now. Moving or deleting by name then takes the new
 * writer's lock, and two writers save at once (an acknowledged add lost, a temporary file deleted
 * under another writer). So a stale file is taken away only by the one writer that creates its guard,
 * `PATH.lock.stale-<digest of the file's path and text>`, and only if the file still holds that text.
 * Every lock text is unique (its nonce), a dead owner never releases, and a guard is exclusive, so the
 * re-read and the unlink cannot be overtaken. A guard left by a writer killed in between is stale
 * itself and is taken away the same way, one level up.
 */

const GUARD_INFIX = '.stale-';
/** Guards of guards: each level needs another writer killed inside a few system calls. */
const MAX_GUARD_DEPTH = 4;

/** Who is taking stale files away: the lock's path, the writer's candidate file (its owner inside), the process probe. */
export interface StaleTaker {
  lockPath: string;
  candidate: string;
  probe: ProcessProbe;
}

/** The guard for taking away the file at `path` (the lock or a guard beside it) that holds `text`. */
export function staleGuardPathOf(lockPath: string, path: string, text: string): string {
  const digest = createHash('sha256').update(basename(path)).update('\0').update(text).digest('hex').slice(0, 16);
  return `${lockPath}${GUARD_INFIX}${digest}`;
}

/**
 * Deletes the file at `path` if it still holds `staleText` (read and judged stale by the caller),
 * under its guard. True when this call deleted it; false when it holds something else now, or
 * another writer is taking it away (the caller waits and looks again).
 */
export async function removeStale(taker: StaleTaker, path: string, staleText: string, depth = 0): Promise<boolean> {
  const guard = staleGuardPathOf(taker.lockPath, path, staleText);
  if (!(await tryLink(taker.candidate, guard))) {
    if (depth < MAX_GUARD_DEPTH) await removeIfStale(taker, guard, depth + 1);
    return false;
  }
  try {
    if ((await readLockText(path)) !== staleText) return false;
    try {
      await unlink(path);
    } catch (error) {
      if (!isCode(error, 'ENOENT')) throw error;
    }
    return true;
  } finally {
    await unlink(guard).catch(() => undefined);
  }
}

/**
 * Reads the lock or guard at `path` and, when its owner is gone, takes it away (removeStale). True
 * when there is no such file any more (worth trying for it at once), false when it is to be waited for.
 */
export async function removeIfStale(taker: StaleTaker, path: string, depth = 0): Promise<boolean> {
  const held = await readLock(path);
  if (held === null) return true;
  if (held === undefined) return false;
  if (!isStaleLock(parseOwner(held.text), held.ageMs, taker.probe)) return false;
  return removeStale(taker, path, held.text, depth);
}

/** Guards left behind by writers killed while taking a stale lock away; the lock holder tidies them. */
export async function removeDeadGuards(taker: StaleTaker): Promise<void> {
  const dir = dirname(taker.lockPath);
  const prefix = `${basename(taker.lockPath)}${GUARD_INFIX}`;
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) if (name.startsWith(prefix)) await removeIfStale(taker, join(dir, name)).catch(() => undefined);
}
