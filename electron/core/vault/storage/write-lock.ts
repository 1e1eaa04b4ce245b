import { open, readFile, unlink } from 'node:fs/promises';
import { AppError } from '../../errors/index.ts';

const inProcess = new Map<string, Promise<void>>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function tryCreateLockFile(lockPath: string): Promise<boolean> {
  try {
    const handle = await open(lockPath, 'wx', 0o600);
    await handle.writeFile(String(process.pid));
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Removes a lock file whose owner process is gone (e.g. killed mid-save). */
async function removeIfStale(lockPath: string): Promise<void> {
  let owner: number;
  try {
    owner = Number((await readFile(lockPath, 'utf8')).trim());
  } catch {
    return; // gone already
  }
  if (!Number.isInteger(owner) || owner <= 0 || !isAlive(owner)) {
    await unlink(lockPath).catch(() => undefined);
  }
}

/**
 * One writer at a time: an in-process mutex per path, then `PATH.lock` created with O_EXCL and
 * holding the owner's pid. A lock whose owner has died is removed; a live owner is waited for up to
 * `waitMs`, then EXTERNAL_CHANGE. Returns the release function.
 */
export async function acquireWriteLock(path: string, waitMs = 3000): Promise<() => Promise<void>> {
  const previous = inProcess.get(path) ?? Promise.resolve();
  let releaseInProcess!: () => void;
  const mine = new Promise<void>((resolveMine) => (releaseInProcess = resolveMine));
  const chain = previous.then(() => mine);
  inProcess.set(path, chain);
  await previous;
  const lockPath = `${path}.lock`;
  const deadline = Date.now() + waitMs;
  try {
    for (;;) {
      if (await tryCreateLockFile(lockPath)) break;
      await removeIfStale(lockPath);
      if (await tryCreateLockFile(lockPath)) break;
      if (Date.now() > deadline) {
        throw new AppError('EXTERNAL_CHANGE', 'Another AppPass process is saving this vault. Close it or wait, then try again.');
      }
      await new Promise((r) => setTimeout(r, 15));
    }
  } catch (error) {
    releaseInProcess();
    if (inProcess.get(path) === chain) inProcess.delete(path);
    throw error;
  }
  return async () => {
    await unlink(lockPath).catch(() => undefined);
    releaseInProcess();
    if (inProcess.get(path) === chain) inProcess.delete(path);
  };
}
