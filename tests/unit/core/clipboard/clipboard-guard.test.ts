import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClipboardGuard, KeyedDigest, copiedNotification } from '../../../../electron/core/clipboard/index.ts';
import { FakeClipboard } from '../../../support/fake-clipboard.ts';

const SECRET = 'abcd efgh ijkl mnop';

describe('ClipboardGuard', () => {
  let clip: FakeClipboard;
  let seconds: number | null;
  let notes: string[];
  let guard: ClipboardGuard;

  beforeEach(() => {
    vi.useFakeTimers();
    clip = new FakeClipboard();
    seconds = 20;
    notes = [];
    guard = new ClipboardGuard({ port: clip, clearSeconds: () => seconds, notify: (t) => notes.push(t) });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('copies, notifies "Copied — clears in 20 s", and clears after 20 s', async () => {
    const outcome = await guard.copy(SECRET);
    expect(outcome).toEqual({ notification: 'Copied — clears in 20 s', clearsInSeconds: 20 });
    expect(notes).toEqual(['Copied — clears in 20 s']);
    expect(clip.text).toBe(SECRET);
    await vi.advanceTimersByTimeAsync(19_999);
    expect(clip.text).toBe(SECRET);
    await vi.advanceTimersByTimeAsync(1);
    expect(clip.text).toBe('');
    expect(clip.clears).toBe(1);
  });

  it('follows the clipboardClearSeconds setting at each copy', async () => {
    seconds = 5;
    expect((await guard.copy(SECRET)).notification).toBe('Copied — clears in 5 s');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(clip.text).toBe('');
  });

  it('leaves the clipboard alone when the user copied something else meanwhile', async () => {
    await guard.copy(SECRET);
    clip.userCopies('my own note');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(clip.text).toBe('my own note');
    expect(clip.clears).toBe(0);
  });

  it('a second copy restarts the timer and only the latest copy counts as ours', async () => {
    await guard.copy('first-secret');
    await vi.advanceTimersByTimeAsync(15_000);
    await guard.copy('second-secret');
    await vi.advanceTimersByTimeAsync(15_000);
    expect(clip.text).toBe('second-secret');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(clip.text).toBe('');
    expect(clip.clears).toBe(1);
  });

  it('clears on lock and on quit when the clipboard still holds our copy', async () => {
    await guard.copy(SECRET);
    expect(await guard.clearIfOurs('lock')).toBe(true);
    expect(clip.text).toBe('');
    await guard.copy(SECRET);
    expect(await guard.dispose()).toBe(true);
    expect(clip.text).toBe('');
    // The timer was cancelled: nothing more happens later.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(clip.clears).toBe(2);
  });

  it('on lock, does not clear what the user copied', async () => {
    await guard.copy(SECRET);
    clip.userCopies('theirs');
    expect(await guard.clearIfOurs('lock')).toBe(false);
    expect(clip.text).toBe('theirs');
  });

  it('with clearing off (null, as the vault says "never"), nothing clears by timer', async () => {
    seconds = null;
    expect(await guard.copy(SECRET)).toEqual({ notification: 'Copied', clearsInSeconds: null });
    await vi.advanceTimersByTimeAsync(3600_000);
    expect(clip.text).toBe(SECRET);
  });

  it('with clearing off (0), notifies "Copied" and never clears by timer, but still on lock', async () => {
    seconds = 0;
    expect(await guard.copy(SECRET)).toEqual({ notification: 'Copied', clearsInSeconds: null });
    await vi.advanceTimersByTimeAsync(24 * 3600_000);
    expect(clip.text).toBe(SECRET);
    expect(await guard.clearIfOurs('lock')).toBe(true);
  });

  it('an unreadable clipboard is left alone', async () => {
    await guard.copy(SECRET);
    clip.failRead = true;
    expect(await guard.clearIfOurs('lock')).toBe(false);
    expect(clip.clears).toBe(0);
  });

  it('keeps no copy of the secret: nothing reachable from the guard holds it', async () => {
    await guard.copy(SECRET);
    const seen = new Set<unknown>();
    const holdsSecret = (value: unknown, depth = 0): boolean => {
      if (depth > 6 || value === null || seen.has(value)) return false;
      if (typeof value === 'string') return value.includes(SECRET);
      if (Buffer.isBuffer(value)) return value.includes(Buffer.from(SECRET));
      if (typeof value !== 'object') return false;
      seen.add(value);
      return Object.values(value).some((v) => holdsSecret(v, depth + 1));
    };
    expect(holdsSecret(guard)).toBe(false);
    expect(JSON.stringify(guard)).not.toContain(SECRET);
    expect(guard.holdsCopy).toBe(true);
  });

  it('clearIfOurs without a copy does nothing', async () => {
    clip.userCopies('x');
    expect(await guard.clearIfOurs('quit')).toBe(false);
    expect(clip.text).toBe('x');
  });
});

describe('KeyedDigest', () => {
  it('matches only the same text, and two processes (instances) give different digests', () => {
    const a = new KeyedDigest();
    const b = new KeyedDigest();
    const d = a.digest('hunter2');
    expect(a.matches('hunter2', d)).toBe(true);
    expect(a.matches('hunter3', d)).toBe(false);
    expect(b.digest('hunter2').equals(d)).toBe(false);
    expect(d.includes(Buffer.from('hunter2'))).toBe(false);
  });

  it('after destroy the key is zeroed and old digests no longer match', () => {
    const a = new KeyedDigest();
    const d = a.digest('x');
    a.destroy();
    expect(a.matches('x', d)).toBe(false);
  });
});

describe('copiedNotification', () => {
  it('says when the clipboard clears', () => {
    expect(copiedNotification(20)).toBe('Copied — clears in 20 s');
    expect(copiedNotification(0)).toBe('Copied');
  });
});
