import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isAppError } from '../errors/index.ts';
import { isOwnFile, isSyncClientTemp } from '../sync/conflict-copies.ts';
import { MERGED_FOLDER, syncFolder } from '../sync/index.ts';
import { SyncRuns } from '../sync/sync-runs.ts';
import type { VaultService, VaultSession } from '../vault/index.ts';
import { watchFolder, type FolderWatch, type FolderWatchOptions } from './folder-watch.ts';
import type { HostLog } from './host-log.ts';

export interface CopyWatchOptions {
  /** The host's services: their vault, and where each run's result goes (syncRuns, made if absent; the app reads it with sync.lastRun). */
  services: { vault: VaultService; syncRuns?: SyncRuns };
  log: HostLog;
  /** The first look after unlock waits this long, so the first screen loads first (default 1.5 s). */
  firstRunMs?: number;
  /** Passed on to watchFolder (debounce, poll, a test's fs.watch and timers). */
  folder?: Pick<FolderWatchOptions, 'debounceMs' | 'pollMs' | 'watch' | 'timers'>;
  /** Tests: told after every merge run (with the sync result) and every skipped trigger. */
  onRun?: (ran: boolean) => void;
}

export interface CopyWatch {
  stop(): void;
}

export const FIRST_RUN_MS = 1500;

/** Whether a name in the vault's folder can be a copy of another computer (not AppPass's own file, not a sync client's half-written file, not the merged folder). */
function mayBeCopy(vaultName: string, name: string): boolean {
  if (name === MERGED_FOLDER || name.startsWith(`${MERGED_FOLDER}/`) || name.startsWith(`${MERGED_FOLDER}\\`)) return false;
  return name === vaultName || (!isOwnFile(vaultName, name) && !isSyncClientTemp(name));
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() === true;
}

/**
 * Merges copies of the vault from other computers while it is unlocked, in the host (both hosts):
 * once just after unlock, then whenever the vault's folder changes (watchFolder: debounced; AppPass's
 * own temporary, lock and backup files and `.apppass-merged/` do not count; when the folder cannot be
 * watched, every minute). The vault file itself counts only when it is no longer what the session
 * loaded or saved (another computer's save arrived), so AppPass's own saves start nothing. Each run
 * is syncFolder; copies under another master password are left for the app to ask about.
 */
export function startCopyWatch(options: CopyWatchOptions): CopyWatch {
  const runs = (options.services.syncRuns ??= new SyncRuns());
  const vault = options.services.vault;
  let current: { session: VaultSession; watch: FolderWatch | null; first: ReturnType<typeof setTimeout> } | null = null;
  let running: Promise<void> = Promise.resolve();

  const run = (session: VaultSession): Promise<void> => {
    running = running.then(async () => {
      if (session.isLocked || current?.session !== session) return;
      try {
        const result = await syncFolder(session, { now: new Date() });
        runs.record({ ...result, moved: result.moved.map((p) => basename(p)) }, new Date());
        options.onRun?.(true);
      } catch (error) {
        if (!isAppError(error) || error.code !== 'LOCKED') options.log.warn(`looking for copies of the vault failed: ${isAppError(error) ? error.code : 'unexpected error'}`);
        options.onRun?.(true);
      }
    });
    return running;
  };

  const changed = async (session: VaultSession, names: string[]): Promise<void> => {
    const folder = dirname(session.path);
    const vaultName = basename(session.path);
    let worth = names.length === 0; // the poll: always look
    for (const name of names) {
      if (name === vaultName) {
        await session.whenSaved();
        if (!session.isLocked && (await session.fileChangedOnDisk())) worth = true;
      } else if (await isFile(join(folder, name))) {
        worth = true; // a file that is gone (a copy moved away) is nothing to merge
      }
    }
    if (worth) await run(session);
    else options.onRun?.(false);
  };

  const stopCurrent = (): void => {
    if (current === null) return;
    clearTimeout(current.first);
    current.watch?.stop();
    current = null;
    runs.forget();
  };

  const unsubscribeUnlock = vault.onUnlock((session) => {
    stopCurrent();
    const vaultName = basename(session.path);
    const first = setTimeout(() => void run(session), options.firstRunMs ?? FIRST_RUN_MS);
    first.unref();
    current = { session, watch: null, first };
    current.watch = watchFolder({
      ...options.folder,
      folder: dirname(session.path),
      matters: (name) => mayBeCopy(vaultName, name),
      onChange: (names) => void changed(session, names),
      onFallback: (reason) => options.log.warn(`the vault's folder cannot be watched (${reason}); looking for copies every minute instead`),
    });
  });
  const unsubscribeLock = vault.onLock(stopCurrent);
  return {
    stop() {
      unsubscribeUnlock();
      unsubscribeLock();
      stopCurrent();
    },
  };
}
