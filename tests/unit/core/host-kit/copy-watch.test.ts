import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCopyWatch, watchFolder, type CopyWatch, type WatchFolder } from '../../../../electron/core/host-kit/index.ts';
import { openVault, VaultService } from '../../../../electron/core/vault/index.ts';
import type { SyncRuns } from '../../../../electron/core/sync/sync-runs.ts';
import { makeTempVault } from '../../../support/temp-vault.ts';

// The host's folder watch (both hosts): a real temporary folder, real fs.watch, the real core.
const PW = 'copy watch master password';
const THIS = { id: 'a1a1a1a1a1a1', name: 'this computer' };
const OTHER = { id: 'b2b2b2b2b2b2', name: 'other computer' };
const log = { refused: () => undefined, warn: () => undefined };

let cleanups: Array<() => void> = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

async function setup() {
  const t = await makeTempVault({ password: PW, prefix: 'apppass-copy-watch-', entries: [{ account: 'me@example.com', label: 'Mail', secret: 'abcd-efgh-ijkl-mnop', provider: 'google' }] });
  t.session.lock();
  cleanups.push(t.cleanup);
  const vault = new VaultService(t.path, { device: async () => THIS });
  const services: { vault: VaultService; syncRuns?: SyncRuns } = { vault };
  const events = { runs: 0, skips: 0 };
  const watch: CopyWatch = startCopyWatch({ services, log, firstRunMs: 20, folder: { debounceMs: 150 }, onRun: (ran) => void (ran ? events.runs++ : events.skips++) });
  cleanups.push(() => {
    watch.stop();
    vault.lock();
  });
  return { ...t, vault, services, events };
}

/** Another computer's copy: the vault copied away, changed there, and put back under a conflict name. */
async function otherComputersCopy(path: string, dir: string): Promise<string> {
  const elsewhere = mkdtempSync(join(tmpdir(), 'apppass-other-computer-'));
  cleanups.push(() => rmSync(elsewhere, { recursive: true, force: true }));
  const away = join(elsewhere, 'vault.apppass');
  copyFileSync(path, away);
  const s = await openVault(away, PW, { device: OTHER });
  s.add({ account: 'other@example.com', label: 'From the other computer', secret: 'qrst-uvwx-yzab-cdef', provider: 'google' });
  await s.save();
  s.lock();
  const name = 'vault.sync-conflict-20261130-101500-OTHERPC.apppass';
  copyFileSync(away, join(dir, name));
  return name;
}

describe('startCopyWatch: merges copies on unlock and when the folder changes', () => {
  it('a copy appearing triggers exactly one merge run after the debounce; AppPass’s own saves do not', { timeout: 30_000 }, async () => {
    const s = await setup();
    await s.vault.unlock(PW);
    await vi.waitFor(() => expect(s.events.runs).toBe(1), { timeout: 10_000 }); // the look on unlock
    expect(s.services.syncRuns?.latest()).toBeNull(); // nothing to merge: nothing to show

    // Our own save (temporary file, rename, backup) is seen by the watch and starts no run.
    const skipsBefore = s.events.skips;
    await s.vault.mutate((session) => session.add({ account: 'here@example.com', label: 'Here', secret: 'mnop-qrst-uvwx-yzab', provider: 'google' }));
    await vi.waitFor(() => expect(s.events.skips).toBeGreaterThan(skipsBefore), { timeout: 10_000 });
    expect(s.events.runs).toBe(1);

    const name = await otherComputersCopy(s.path, s.dir);
    await vi.waitFor(() => expect(s.events.runs).toBe(2), { timeout: 10_000 });
    const run = s.services.syncRuns?.latest();
    expect(run?.result.report.copies).toEqual([name]);
    expect(run).toMatchObject({ seq: 1, result: { skipped: [] } });
    expect(run?.result.moved).toEqual([expect.stringMatching(new RegExp(` ${name.replace(/\./g, '\\.')}$`))]);
    expect(run?.result.report.added).toHaveLength(1);
    expect(s.vault.session().list().map((e) => e.account).sort()).toEqual(['here@example.com', 'me@example.com', 'other@example.com']);
    // The run's own save and the copy moving away are seen too, and start nothing more.
    const skipsAfter = s.events.skips;
    await vi.waitFor(() => expect(s.events.skips).toBeGreaterThan(skipsAfter), { timeout: 10_000 });
    expect(s.events.runs).toBe(2);
    expect(readdirSync(s.dir).sort()).toEqual(['.apppass-merged', 'vault.apppass', 'vault.apppass.bak']);
  });

  it('stops on lock: a copy dropped in while locked is left for the next unlock', { timeout: 30_000 }, async () => {
    const s = await setup();
    await s.vault.unlock(PW);
    await vi.waitFor(() => expect(s.events.runs).toBe(1), { timeout: 10_000 });
    s.vault.lock();
    const name = await otherComputersCopy(s.path, s.dir);
    expect(s.services.syncRuns?.latest()).toBeNull();
    await s.vault.unlock(PW);
    await vi.waitFor(() => expect(s.events.runs).toBe(2), { timeout: 10_000 });
    expect(s.services.syncRuns?.latest()?.result.report.copies).toEqual([name]);
  });
});

describe('watchFolder', () => {
  it('falls back to polling when the folder cannot be watched, and says why once', () => {
    const intervals: Array<() => void> = [];
    const timers = { setTimeout: () => 0, clearTimeout: () => undefined, setInterval: (cb: () => void) => intervals.push(cb), clearInterval: () => undefined };
    const failing: WatchFolder = () => {
      throw Object.assign(new Error('no watches left'), { code: 'ENOSPC' });
    };
    const reasons: string[] = [];
    const changes: string[][] = [];
    const w = watchFolder({ folder: '/nowhere', matters: () => true, onChange: (n) => changes.push(n), watch: failing, timers, onFallback: (r) => reasons.push(r) });
    expect(w.mode).toBe('polling');
    expect(reasons).toEqual(['ENOSPC']);
    intervals.forEach((tick) => tick());
    expect(changes).toEqual([[]]);
    w.stop();
    expect(w.mode).toBe('stopped');
  });

  it('a watcher that reports an error later also falls back; names that do not matter never start the debounce', () => {
    const hooks: { onError?: (e: Error) => void; emit?: (type: string, name: string | null) => void } = {};
    const started: number[] = [];
    const intervals: Array<() => void> = [];
    const timers = { setTimeout: (_cb: () => void, ms: number) => started.push(ms), clearTimeout: () => undefined, setInterval: (cb: () => void) => intervals.push(cb), clearInterval: () => undefined };
    const watch: WatchFolder = (_folder, listener) => {
      hooks.emit = listener;
      return { on: (_event, l) => void (hooks.onError = l), close: () => undefined };
    };
    const w = watchFolder({ folder: '/x', matters: (n) => n !== 'vault.apppass.tmp', onChange: () => undefined, watch, timers, debounceMs: 500 });
    hooks.emit?.('rename', 'vault.apppass.tmp');
    expect(started).toEqual([]);
    hooks.emit?.('rename', 'copy.apppass');
    expect(started).toEqual([500]);
    hooks.onError?.(Object.assign(new Error('gone'), { code: 'EPERM' }));
    expect(w.mode).toBe('polling');
    expect(intervals).toHaveLength(1);
    w.stop();
  });
});
