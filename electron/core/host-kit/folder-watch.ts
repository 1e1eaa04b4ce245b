import { watch as fsWatch } from 'node:fs';

/** What the watcher needs of node:fs's watch (tests pass one that fails). */
export interface WatchHandle {
  on(event: 'error', listener: (error: Error) => void): unknown;
  close(): void;
}
export type WatchFolder = (folder: string, listener: (eventType: string, name: string | Buffer | null) => void) => WatchHandle;

export interface FolderWatchTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface FolderWatchOptions {
  folder: string;
  /** Whether a change to this name in the folder may matter (AppPass's own files do not). */
  matters: (name: string) => boolean;
  /** Called once changes have stopped for `debounceMs`, with the names that changed ([] from the poll). */
  onChange: (names: string[]) => void;
  /** Default 1 s: a sync client writes a file in several steps. */
  debounceMs?: number;
  /** The fallback when the folder cannot be watched (default: every minute). */
  pollMs?: number;
  watch?: WatchFolder;
  timers?: FolderWatchTimers;
  /** Told once when watching fails and the poll takes over (no path contents, no secret). */
  onFallback?: (reason: string) => void;
}

export interface FolderWatch {
  /** 'watching' while fs.watch runs; 'polling' after it failed. */
  readonly mode: 'watching' | 'polling' | 'stopped';
  stop(): void;
}

export const FOLDER_WATCH_DEBOUNCE_MS = 1000;
export const FOLDER_POLL_MS = 60_000;

const NODE_TIMERS: FolderWatchTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  setInterval: (callback, ms) => setInterval(callback, ms).unref(),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

const nodeWatch: WatchFolder = (folder, listener) => fsWatch(folder, { persistent: false }, listener);

/**
 * Watches one folder (not its subfolders) with fs.watch and calls `onChange` once changes that
 * matter have been quiet for the debounce time. When the folder cannot be watched (fs.watch throws
 * or reports an error: no inotify watches left, a network share), it falls back to calling
 * `onChange([])` every `pollMs`. Electron-free: both hosts use it.
 */
export function watchFolder(options: FolderWatchOptions): FolderWatch {
  const timers = options.timers ?? NODE_TIMERS;
  const debounceMs = options.debounceMs ?? FOLDER_WATCH_DEBOUNCE_MS;
  let mode: FolderWatch['mode'] = 'watching';
  let handle: WatchHandle | null = null;
  let pending = new Set<string>();
  let debounce: unknown = null;
  let poll: unknown = null;

  const fire = (): void => {
    debounce = null;
    const names = [...pending];
    pending = new Set();
    if (mode !== 'stopped') options.onChange(names);
  };
  const fallBack = (reason: string): void => {
    if (mode !== 'watching') return;
    mode = 'polling';
    try {
      handle?.close();
    } catch {
      // already closed
    }
    handle = null;
    options.onFallback?.(reason);
    poll = timers.setInterval(() => options.onChange([]), options.pollMs ?? FOLDER_POLL_MS);
  };
  try {
    handle = (options.watch ?? nodeWatch)(options.folder, (_eventType, name) => {
      if (mode !== 'watching') return;
      const text = name === null ? null : String(name);
      if (text !== null && !options.matters(text)) return;
      if (text !== null) pending.add(text);
      if (debounce !== null) timers.clearTimeout(debounce);
      debounce = timers.setTimeout(fire, debounceMs);
    });
    handle.on('error', (error) => fallBack((error as NodeJS.ErrnoException).code ?? 'error'));
  } catch (error) {
    fallBack((error as NodeJS.ErrnoException).code ?? 'error');
  }
  return {
    get mode() {
      return mode;
    },
    stop() {
      mode = 'stopped';
      if (debounce !== null) timers.clearTimeout(debounce);
      if (poll !== null) timers.clearInterval(poll);
      try {
        handle?.close();
      } catch {
        // already closed
      }
      handle = null;
    },
  };
}
