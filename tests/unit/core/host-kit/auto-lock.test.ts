import { afterEach, describe, expect, it, vi } from 'vitest';
import { startAutoLockMonitor } from '../../../electron/main/auto-lock-monitor.ts';
import { DEFAULT_AUTO_LOCK_SETTINGS, type AutoLockSettings } from '../../../electron/core/autolock/index.ts';

function fakePowerMonitor() {
  const listeners = new Map<string, () => void>();
  return {
    idle: 0,
    getSystemIdleTime(): number {
      return this.idle;
    },
    on(event: string, listener: () => void) {
      listeners.set(event, listener);
    },
    emit(event: string) {
      listeners.get(event)?.();
    },
  };
}

describe('auto-lock monitor (wiring of the rules)', () => {
  afterEach(() => vi.useRealTimers());

  it('polls powerMonitor idle time and locks once idle reaches the setting', async () => {
    vi.useFakeTimers();
    const pm = fakePowerMonitor();
    const lock = vi.fn();
    const settings: AutoLockSettings = { ...DEFAULT_AUTO_LOCK_SETTINGS, autoLockMinutes: 1 };
    const monitor = startAutoLockMonitor({ powerMonitor: pm, settings: () => settings, isUnlocked: () => true, lock });
    pm.idle = 30;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(lock).not.toHaveBeenCalled();
    pm.idle = 60;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(lock).toHaveBeenCalledWith('idle');
    monitor.stop();
  });

  it('suspend and lock-screen lock; with "never" there is no polling', () => {
    vi.useFakeTimers();
    const pm = fakePowerMonitor();
    const lock = vi.fn();
    const getIdle = vi.spyOn(pm, 'getSystemIdleTime');
    startAutoLockMonitor({ powerMonitor: pm, settings: () => ({ ...DEFAULT_AUTO_LOCK_SETTINGS, autoLockMinutes: null }), isUnlocked: () => true, lock });
    vi.advanceTimersByTime(3_600_000);
    expect(getIdle).not.toHaveBeenCalled();
    pm.emit('suspend');
    pm.emit('lock-screen');
    expect(lock.mock.calls).toEqual([['suspend'], ['lock-screen']]);
  });
});
