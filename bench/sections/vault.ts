import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmtMs, median, settleHeap, timeRuns, type BenchSection } from '../section.ts';
import { deriveKey, KDF_FLOOR, type KdfParams } from '../../electron/core/kdf/index.ts';
import { createVault, FORMAT_VERSION, openVaultWithKey } from '../../electron/core/vault/index.ts';

const PASSWORD = 'correct horse battery staple';
const SALT = '0123456789abcdef';

/** Wall time of Debian's reference `argon2` CLI (includes its process start, a few ms), or null if absent. */
function referenceCliMs(params: KdfParams): number | null {
  const args = [SALT, '-id', '-k', String(params.memoryKiB), '-t', String(params.iterations), '-p', String(params.parallelism), '-l', '32', '-r'];
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/argon2', args, { input: PASSWORD });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return r.status === 0 ? ms : null;
}

async function kdfRow(label: string, params: KdfParams, runs: number): Promise<string> {
  const salt = Buffer.from(SALT);
  const ours = median(await timeRuns(async () => (await deriveKey(PASSWORD, salt, params)).fill(0), runs, 1));
  referenceCliMs(params); // warm-up
  const cliRuns: number[] = [];
  for (let i = 0; i < runs; i++) {
    const ms = referenceCliMs(params);
    if (ms !== null) cliRuns.push(ms);
  }
  if (cliRuns.length === 0) return `| ${label} | ${fmtMs(ours)} | (argon2 CLI not installed) | – |`;
  const ref = median(cliRuns);
  return `| ${label} | ${fmtMs(ours)} | ${fmtMs(ref)} | ${(ours / ref).toFixed(2)} |`;
}

function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

/** KDF vs the reference CLI, then a 10,000-entry vault: open after the KDF, search, add-and-save, memory. */
export const vaultSection: BenchSection = {
  title: 'Vault',
  async run() {
    const rows = ['| Argon2id (32-byte key) | @node-rs/argon2 in-process | reference `argon2` CLI (own process) | ratio (ours / CLI) |', '|---|---|---|---|'];
    rows.push(await kdfRow('64 MiB, t=3, p=4', { memoryKiB: 65536, iterations: 3, parallelism: 4 }, 7));
    rows.push(await kdfRow('256 MiB, t=3, p=4', { memoryKiB: 262144, iterations: 3, parallelism: 4 }, 5));
    rows.push(await kdfRow('floor: 19 MiB, t=2, p=1', KDF_FLOOR, 7));

    const dir = mkdtempSync(join(tmpdir(), 'apppass-bench-'));
    try {
      const path = join(dir, 'vault.apppass');
      const key = Buffer.alloc(32, 9);
      const made = await createVault(path, PASSWORD, { kdf: KDF_FLOOR });
      for (let i = 0; i < 10_000; i++) {
        made.add({
          provider: ['gmail', 'icloud', 'fastmail', 'yahoo', 'custom'][i % 5] as string,
          account: `user${i}@example${i % 50}.com`,
          label: `Device ${i % 97} Mail`,
          secret: `abcd efgh ijkl ${String(i).padStart(4, '0')}`,
          notes: i % 10 === 0 ? 'Some notes about this app password.' : '',
          tags: i % 3 === 0 ? ['work'] : [],
        });
      }
      await made.addKeyWrap('bench', key); // saves
      made.lock();

      settleHeap();
      const before = process.memoryUsage();
      const opened = await openVaultWithKey(path, 'bench', key);
      const peak = process.memoryUsage();
      settleHeap(); // what the open session keeps, once the decoding garbage is gone
      const after = process.memoryUsage();
      opened.lock();
      const openOnce = async (): Promise<void> => (await openVaultWithKey(path, 'bench', key)).lock();
      const settled = settleHeap();
      const open = await timeRuns(openOnce, 11, 1, settleHeap);
      const openBackToBack = await timeRuns(openOnce, 11, 1);
      const fileKiB = statSync(path).size / 1024;

      const s = await openVaultWithKey(path, 'bench', key);
      const narrow = await timeRuns(() => s.search('user4242@'), 50, 5, settleHeap);
      const broad = await timeRuns(() => s.search('mail'), 50, 5, settleHeap);
      let n = 0;
      const addSave = await timeRuns(
        async () => {
          s.add({ account: `new${n++}@example.com`, label: 'bench', secret: 'bench secret' });
          await s.save();
        },
        11,
        1,
        settleHeap,
      );
      s.lock();

      const out = [
        rows.join('\n'),
        '',
        'The CLI column includes starting the `argon2` process (a few ms); the ratio is the goal\'s "KDF no slower than the reference CLI".',
        '',
        `Vault of 10,000 entries: format version ${FORMAT_VERSION}, ${fileKiB.toFixed(0)} KiB on disk (the body JSON is DEFLATE-compressed before encryption). ` +
          (settled
            ? 'Open and add-and-save: median of 11 after a warm-up, each run after a full GC outside the timing (one open per session, as in the app; ' +
              'the back-to-back figure also pays for collecting the previous opens\' 10,000 entries).'
            : 'Heap not settled between runs: run with `node --expose-gc` (as `npm run bench` does).'),
        '',
        '| 10,000 entries | median | goal |',
        '|---|---|---|',
        `| open after the KDF (read, checksum, unwrap, decrypt, inflate, parse, validate every entry) | ${fmtMs(median(open))} | ≤ 50 ms |`,
        `| the same, back to back without a GC between runs | ${fmtMs(median(openBackToBack))} | – |`,
        `| search, narrow (\`user4242@\`, 1 hit) | ${fmtMs(median(narrow))} | ≤ 5 ms |`,
        `| search, broad (\`mail\`, 10,000 hits, summaries built) | ${fmtMs(median(broad))} | ≤ 5 ms |`,
        `| add one entry and save (compress, encrypt, lock file, backup link, temp + fsync + rename + dir fsync) | ${fmtMs(median(addSave))} | ≤ 100 ms |`,
        `| memory kept by one open 10k vault (JS heap after a GC; heap right after the open) | ${mib(after.heapUsed - before.heapUsed)}; ${mib(peak.heapUsed - before.heapUsed)} | – |`,
      ];
      return out.join('\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
