import type { AutoLockSettings } from './autolock-settings.ts';

/**
 * What the host observed. `idle-poll` carries powerMonitor.getSystemIdleTime() (seconds of no
 * keyboard or mouse input system-wide); the others are powerMonitor / window events.
 */
export type AutoLockEvent =
  | { type: 'idle-poll'; idleSeconds: number }
  | { type: 'suspend' }
  | { type: 'lock-screen' }
  | { type: 'window-minimized' }
  | { type: 'window-closed' };

export type LockReason = 'idle' | 'suspend' | 'lock-screen' | 'minimize' | 'close';

export type AutoLockDecision = { lock: true; reason: LockReason } | { lock: false };

const KEEP: AutoLockDecision = { lock: false };

/**
 * The auto-lock rules, as a pure function of one event, the settings and whether the vault is
 * unlocked. Suspend and screen lock lock unless their setting is off (default on); idle locks once the system has been idle for
 * autoLockMinutes (never when it is null); minimise and close lock only when their setting is on.
 */
export function autoLockDecision(event: AutoLockEvent, settings: AutoLockSettings, unlocked: boolean): AutoLockDecision {
  if (!unlocked) return KEEP;
  switch (event.type) {
    case 'suspend':
      return settings.lockOnSleep ? { lock: true, reason: 'suspend' } : KEEP;
    case 'lock-screen':
      return settings.lockOnScreenLock ? { lock: true, reason: 'lock-screen' } : KEEP;
    case 'window-minimized':
      return settings.lockOnMinimize ? { lock: true, reason: 'minimize' } : KEEP;
    case 'window-closed':
      return settings.lockOnClose ? { lock: true, reason: 'close' } : KEEP;
    case 'idle-poll': {
      if (settings.autoLockMinutes === null) return KEEP;
      const idle = event.idleSeconds;
      if (!Number.isFinite(idle) || idle < 0) return KEEP;
      return idle >= settings.autoLockMinutes * 60 ? { lock: true, reason: 'idle' } : KEEP;
    }
  }
}

/**
 * How often the host polls the idle time: often enough that the lock comes at most ~1/6 of the
 * timeout late (10 s for 1 minute), never more often than every 5 s, never less than every 60 s.
 * null when idle locking is off (no polling at all).
 */
export function idlePollIntervalMs(settings: AutoLockSettings): number | null {
  if (settings.autoLockMinutes === null) return null;
  const sixth = (settings.autoLockMinutes * 60_000) / 6;
  return Math.min(60_000, Math.max(5_000, Math.round(sixth)));
}
