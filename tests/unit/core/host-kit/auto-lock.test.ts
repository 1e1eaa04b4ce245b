import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_AUTO_LOCK_SETTINGS, type AutoLockSettings } from '../../../../electron/core/autolock/index.ts';
import { activityIdleSource, startAutoLock } from '../../../../electron/core/host-kit/index.ts';

const oneMinute: AutoLockSettings = { ...DEFAULT_AUTO_LOCK_SETTINGS, autoLockMinutes: 1 };

describe('host kit: auto-lock driven by an idle source', () => {
  afterEach(() => vi.useRealTimers());

  it('polls the idle source and locks once idle reaches the setting', async () => {
    vi.useFakeTimers();
    const source = { idle: 30, idleSeconds: () => source.idle };
    const lock = vi.fn();
    const autoLock = startAutoLock({ idleSource: source, settings: () => oneMinute, isUnlocked: () => true, lock });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(lock).not.toHaveBeenCalled();
    source.idle = 60;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(lock).toHaveBeenCalledWith('idle');
    autoLock.stop();
  });

  it('settingsChanged with the same cadence keeps the timer: calls after every vault.status still lock (issue 13)', async () => {
    vi.useFakeTimers();
    const source = { idleSeconds: () => 120 };
    const lock = vi.fn();
    const autoLock = startAutoLock({ idleSource: source, settings: () => oneMinute, isUnlocked: () => true, lock });
    // A renderer polling vault.status every 4 s: each call ends in settingsChanged().
    for (let i = 0; i < 4; i += 1) {
      await vi.advanceTimersByTimeAsync(4_000);
      autoLock.settingsChanged();
    }
    expect(lock).toHaveBeenCalledWith('idle');
    autoLock.stop();
  });

  it('a changed setting changes the cadence; "never" stops polling; suspend and lock-screen still lock', () => {
    vi.useFakeTimers();
    let settings: AutoLockSettings = oneMinute;
    const idleSeconds = vi.fn(() => 0);
    const lock = vi.fn();
    const autoLock = startAutoLock({ idleSource: { idleSeconds }, settings: () => settings, isUnlocked: () => true, lock });
    settings = { ...oneMinute, autoLockMinutes: null };
    autoLock.settingsChanged();
    vi.advanceTimersByTime(3_600_000);
    expect(idleSeconds).not.toHaveBeenCalled();
    autoLock.feed({ type: 'suspend' });
    autoLock.feed({ type: 'lock-screen' });
    expect(lock.mock.calls).toEqual([['suspend'], ['lock-screen']]);
  });

  it('never locks a locked vault', () => {
    const lock = vi.fn();
    const autoLock = startAutoLock({ idleSource: { idleSeconds: () => 10_000 }, settings: () => oneMinute, isUnlocked: () => false, lock });
    autoLock.poll();
    expect(lock).not.toHaveBeenCalled();
    autoLock.stop();
  });

  it('the page-activity idle source counts from the last activity only', () => {
    let now = 1_000_000;
    const source = activityIdleSource(() => now);
    now += 30_000;
    expect(source.idleSeconds()).toBe(30);
    source.activity();
    expect(source.idleSeconds()).toBe(0);
    now += 61_000;
    expect(source.idleSeconds()).toBe(61);
  });
});
