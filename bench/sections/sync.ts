import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmtMs, median, settleHeap, timeRuns, type BenchSection } from '../section.ts';
import { KDF_FLOOR } from '../../electron/core/kdf/index.ts';
import { mergeBodies, type SyncedBody } from '../../electron/core/sync/index.ts';
import { createVault, openVaultWithKey, type VaultSession } from '../../electron/core/vault/index.ts';

const KEY = Buffer.alloc(32, 7);
const A = { id: 'a1a1a1a1a1a1', name: 'bench A' };
const B = { id: 'b2b2b2b2b2b2', name: 'bench B' };

/**
 * The session's body (for timing the pure merge without file work). It reaches into the session's
 * state (session-state.ts), so it says so plainly when that shape changes instead of timing nothing.
 */
function bodyOf(session: VaultSession): SyncedBody {
  const body = (session as unknown as { s?: { body?: SyncedBody } }).s?.body;
  if (body?.sync === undefined) throw new Error('bench: the vault session no longer keeps its body at session.s.body (see session-state.ts)');
  return structuredClone(body);
}

/** Changes 1,000 entries of a copy: labels on one, secrets and notes on the other, some in both. */
function change(session: VaultSession, from: number, what: 'label' | 'secret'): void {
  const ids = session.list().map((e) => e.id);
  for (let i = from; i < from + 1000; i++) {
    const id = ids[i] as string;
    session.update(id, what === 'label' ? { label: `Changed on A ${i}` } : { secret: `new secret ${i}`, notes: `changed on B ${i}` });
  }
}

/** Merging two 10,000-entry copies of one vault that each changed 1,000 entries (500 of them the same entries). */
export const syncSection: BenchSection = {
  title: 'Sync: merging copies',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'apppass-bench-sync-'));
    try {
      const pathA = join(dir, 'vault.apppass');
      const pathB = join(dir, 'vault (conflicted copy).apppass');
      const made = await createVault(pathA, 'bench password', { kdf: KDF_FLOOR });
      for (let i = 0; i < 10_000; i++) {
        made.add({ provider: ['gmail', 'icloud', 'fastmail', 'yahoo', 'custom'][i % 5] as string, account: `user${i}@example${i % 50}.com`, label: `Device ${i % 97} Mail`, secret: `abcd efgh ijkl ${String(i).padStart(4, '0')}` });
      }
      await made.addKeyWrap('bench', KEY); // saves
      made.lock();
      copyFileSync(pathA, pathB);
      const a = await openVaultWithKey(pathA, 'bench', KEY, { device: A });
      change(a, 0, 'label');
      await a.save();
      const b = await openVaultWithKey(pathB, 'bench', KEY, { device: B });
      change(b, 500, 'secret');
      await b.save();
      const bodyA = bodyOf(a);
      const bodyB = bodyOf(b);
      b.lock();
      a.lock();

      const pure = await timeRuns(() => mergeBodies(structuredClone(bodyA), structuredClone(bodyB)), 11, 1, settleHeap);
      const pureOnly = await timeRuns(() => mergeBodies(bodyA, bodyB), 11, 1, settleHeap);
      let report = { changed: [] as string[], conflicts: [] as string[] };
      // Each run merges into a freshly opened A (a merge changes the session); only mergeFile is timed.
      const mergeFileMs: number[] = [];
      const mergeFileCpuMs: number[] = [];
      for (let i = 0; i < 11; i++) {
        settleHeap();
        const s = await openVaultWithKey(pathA, 'bench', KEY, { device: A });
        const cpu = process.cpuUsage();
        const start = process.hrtime.bigint();
        report = await s.mergeFile(pathB);
        mergeFileMs.push(Number(process.hrtime.bigint() - start) / 1e6);
        const used = process.cpuUsage(cpu);
        mergeFileCpuMs.push((used.user + used.system) / 1000);
        s.lock();
      }
      const load = loadavg()[0]?.toFixed(1) ?? '?';
      return [
        'Two copies of a 10,000-entry vault (format 3): copy A changed the label of 1,000 entries, copy B the password and notes of 1,000 (500 of them the same entries as A, so those merge field by field). ' +
          `The merge changes ${report.changed.length} entries of A and finds ${report.conflicts.length} conflicts. Median of 11 after a warm-up, each after a full GC outside the timing. ` +
          `The machine's load average was ${load} during this run; the CPU time of the process is also given, as other processes stretch the wall time.`,
        '',
        '| merging two 10,000-entry copies, 1,000 changes each | median | goal |',
        '|---|---|---|',
        `| \`session.mergeFile(copy)\` after the KDF: read, checksum, decrypt, inflate, parse and validate the copy, merge, report | ${fmtMs(median(mergeFileMs))} (CPU ${fmtMs(median(mergeFileCpuMs))}) | ≤ 100 ms |`,
        `| the merge itself (\`mergeBodies\`, both bodies in memory) | ${fmtMs(median(pureOnly))} | – |`,
        `| the same on fresh copies of both bodies (\`structuredClone\` of 20,000 entries included) | ${fmtMs(median(pure))} | – |`,
      ].join('\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
