import { autoLockDecision, idlePollIntervalMs, type AutoLockEvent, type AutoLockSettings, type LockReason } from '../autolock/index.ts';

/**
 * Where a host learns how long the user has been away: Electron main asks the OS
 * (powerMonitor.getSystemIdleTime); the browser host counts from the page's last keyboard, pointer
 * or wheel event (activityIdleSource). Only user activity resets it, never an API call.
 */
export interface IdleSource {
  /** Seconds since the user last did something. */
  idleSeconds(): number;
}

export interface IntervalTimers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface AutoLock {
  /** A host event (suspend, screen lock, window minimised or closed). */
  feed(event: AutoLockEvent): void;
  /** Polls the idle source now (the timer does this on its own). */
  poll(): void;
  /** Call when the settings may have changed: the polling restarts only if its cadence changed. */
  settingsChanged(): void;
  stop(): void;
}

const NODE_TIMERS: IntervalTimers = {
  setInterval: (callback, ms) => {
    const handle = setInterval(callback, ms);
    handle.unref();
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

/**
 * Auto-lock for both hosts: polls the idle source at the cadence the settings ask for
 * (idlePollIntervalMs) and feeds host events to the pure rules (autoLockDecision), calling `lock`
 * when they say so. Vault calls do not touch it: a renderer that polls vault.status still locks.
 */
export function startAutoLock(options: {
  idleSource: IdleSource;
  settings: () => AutoLockSettings;
  isUnlocked: () => boolean;
  lock: (reason: LockReason) => void;
  timers?: IntervalTimers;
}): AutoLock {
  const timers = options.timers ?? NODE_TIMERS;
  let handle: unknown = null;
  let cadence: number | null = null;
  const feed = (event: AutoLockEvent): void => {
    const decision = autoLockDecision(event, options.settings(), options.isUnlocked());
    if (decision.lock) options.lock(decision.reason);
  };
  const poll = (): void => feed({ type: 'idle-poll', idleSeconds: options.idleSource.idleSeconds() });
  const stop = (): void => {
    if (handle !== null) timers.clearInterval(handle);
    handle = null;
    cadence = null;
  };
  const settingsChanged = (): void => {
    const every = idlePollIntervalMs(options.settings());
    if (every === cadence) return;
    stop();
    cadence = every;
    if (every !== null) handle = timers.setInterval(poll, every);
  };
  settingsChanged();
  return { feed, poll, settingsChanged, stop };
}

/** The idle source of a page: seconds since `activity()` was last called (or since it was made). */
export function activityIdleSource(now: () => number = Date.now): IdleSource & { activity(): void } {
  let last = now();
  return {
    activity: () => void (last = now()),
    idleSeconds: () => Math.max(0, (now() - last) / 1000),
  };
}
