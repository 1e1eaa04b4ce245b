import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AUTO_LOCK_MINUTES } from '../../../../electron/contract/limits.ts';
import {
  DEFAULT_AUTO_LOCK_SETTINGS,
  autoLockDecision,
  idlePollIntervalMs,
  type AutoLockEvent,
  type AutoLockSettings,
} from '../../../../electron/core/autolock/index.ts';

const settings = (over: Partial<AutoLockSettings> = {}): AutoLockSettings => ({ ...DEFAULT_AUTO_LOCK_SETTINGS, ...over });

describe('auto-lock rules', () => {
  it('idle: locks exactly when system idle time reaches N minutes, for every choice', () => {
    for (const minutes of AUTO_LOCK_MINUTES.choices) {
      const s = settings({ autoLockMinutes: minutes });
      expect(autoLockDecision({ type: 'idle-poll', idleSeconds: minutes * 60 - 1 }, s, true)).toEqual({ lock: false });
      expect(autoLockDecision({ type: 'idle-poll', idleSeconds: minutes * 60 }, s, true)).toEqual({ lock: true, reason: 'idle' });
    }
  });

  it('never: no idle lock however long, but suspend and screen lock still lock', () => {
    const s = settings({ autoLockMinutes: null });
    expect(autoLockDecision({ type: 'idle-poll', idleSeconds: 10 ** 9 }, s, true)).toEqual({ lock: false });
    expect(autoLockDecision({ type: 'suspend' }, s, true)).toEqual({ lock: true, reason: 'suspend' });
    expect(autoLockDecision({ type: 'lock-screen' }, s, true)).toEqual({ lock: true, reason: 'lock-screen' });
    expect(idlePollIntervalMs(s)).toBeNull();
  });

  it('suspend and screen lock lock by default, not when their setting is off', () => {
    expect(autoLockDecision({ type: 'suspend' }, settings(), true)).toEqual({ lock: true, reason: 'suspend' });
    expect(autoLockDecision({ type: 'lock-screen' }, settings(), true)).toEqual({ lock: true, reason: 'lock-screen' });
    expect(autoLockDecision({ type: 'suspend' }, settings({ lockOnSleep: false }), true)).toEqual({ lock: false });
    expect(autoLockDecision({ type: 'lock-screen' }, settings({ lockOnScreenLock: false }), true)).toEqual({ lock: false });
  });

  it('minimise and close lock only when their setting is on', () => {
    expect(autoLockDecision({ type: 'window-minimized' }, settings(), true)).toEqual({ lock: false });
    expect(autoLockDecision({ type: 'window-closed' }, settings(), true)).toEqual({ lock: false });
    expect(autoLockDecision({ type: 'window-minimized' }, settings({ lockOnMinimize: true }), true)).toEqual({ lock: true, reason: 'minimize' });
    expect(autoLockDecision({ type: 'window-closed' }, settings({ lockOnClose: true }), true)).toEqual({ lock: true, reason: 'close' });
  });

  it('garbage idle readings never lock', () => {
    for (const idleSeconds of [Number.NaN, -1, Number.NEGATIVE_INFINITY]) {
      expect(autoLockDecision({ type: 'idle-poll', idleSeconds }, settings({ autoLockMinutes: 1 }), true)).toEqual({ lock: false });
    }
  });

  it('a locked vault never "locks" again, whatever the event (property)', () => {
    const event = fc.oneof(
      fc.record({ type: fc.constant('idle-poll' as const), idleSeconds: fc.double() }),
      fc.constantFrom<AutoLockEvent>({ type: 'suspend' }, { type: 'lock-screen' }, { type: 'window-minimized' }, { type: 'window-closed' }),
    );
    const anySettings = fc.record({
      autoLockMinutes: fc.constantFrom(...AUTO_LOCK_MINUTES.choices, null),
      lockOnSleep: fc.boolean(),
      lockOnScreenLock: fc.boolean(),
      lockOnMinimize: fc.boolean(),
      lockOnClose: fc.boolean(),
    });
    fc.assert(fc.property(event, anySettings, (e, s) => autoLockDecision(e as AutoLockEvent, s, false).lock === false));
  });

  it('polls often enough to lock at most a sixth of the timeout late, between 5 s and 60 s', () => {
    expect(idlePollIntervalMs(settings({ autoLockMinutes: 1 }))).toBe(10_000);
    expect(idlePollIntervalMs(settings({ autoLockMinutes: 5 }))).toBe(50_000);
    expect(idlePollIntervalMs(settings({ autoLockMinutes: 240 }))).toBe(60_000);
  });
});
