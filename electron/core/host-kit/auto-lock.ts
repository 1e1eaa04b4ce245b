import { autoLockDecision, idlePollIntervalMs, type AutoLockEvent, type AutoLockSettings, type LockReason } from '../core/autolock/index.ts';

export interface PowerMonitorLike {
  getSystemIdleTime(): number;
  on(event: 'suspend' | 'lock-screen', listener: () => void): unknown;
}

/**
 * Thin wiring for the auto-lock rules: feeds powerMonitor events and idle polls to
 * autoLockDecision and calls `lock` when it says so. Returns `feed` (for window events) and
 * `restart` (call after the settings change).
 */
export function startAutoLockMonitor(options: {
  powerMonitor: PowerMonitorLike;
  settings: () => AutoLockSettings;
  isUnlocked: () => boolean;
  lock: (reason: LockReason) => void;
}): { feed: (event: AutoLockEvent) => void; restart: () => void; stop: () => void } {
  let timer: ReturnType<typeof setInterval> | null = null;
  const feed = (event: AutoLockEvent): void => {
    const decision = autoLockDecision(event, options.settings(), options.isUnlocked());
    if (decision.lock) options.lock(decision.reason);
  };
  const stop = (): void => {
    if (timer !== null) clearInterval(timer);
    timer = null;
  };
  const restart = (): void => {
    stop();
    const every = idlePollIntervalMs(options.settings());
    if (every === null) return;
    timer = setInterval(() => feed({ type: 'idle-poll', idleSeconds: options.powerMonitor.getSystemIdleTime() }), every);
  };
  options.powerMonitor.on('suspend', () => feed({ type: 'suspend' }));
  options.powerMonitor.on('lock-screen', () => feed({ type: 'lock-screen' }));
  restart();
  return { feed, restart, stop };
}
