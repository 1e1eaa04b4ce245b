import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmtMs, median, timeRuns, type BenchSection } from '../section.ts';
import { exportVault, kdbxTitle, writeExportFile } from '../../electron/core/interop/index.ts';
import type { KdfParams } from '../../electron/core/kdf/index.ts';
import { createVault } from '../../electron/core/vault/index.ts';

const ENTRIES = 10_000;
/** The same Argon2id parameters in both databases: RFC 9106's second recommendation. */
const KDF: KdfParams = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 4 };
const PROVIDERS = ['gmail', 'icloud', 'yahoo', 'fastmail', 'custom'];
const CLI = new URL('../../dist/cli/apppass.mjs', import.meta.url).pathname;

function hasKeepassxc(): boolean {
  return spawnSync('keepassxc-cli', ['--version'], { stdio: 'ignore' }).status === 0;
}

function run(command: string, args: string[], input: string): void {
  execFileSync(command, args, { input, stdio: ['pipe', 'ignore', 'pipe'] });
}

/**
 * "Open and find one entry", whole processes side by side: `node dist/cli/apppass.mjs show ID`
 * (read the vault, Argon2id, decrypt, find, reveal — which also logs and saves) against
 * `keepassxc-cli show -s` and `keepassxc-cli search` on a KDBX 4 file holding the same 10,000
 * entries with the same Argon2id parameters.
 */
export const interopSection: BenchSection = {
  title: 'Interop: open and find one entry, AppPass vs keepassxc-cli',
  async run() {
    if (!existsSync(CLI)) return `Skipped: ${CLI} is missing; run \`npm run build:node\` first.`;
    if (!hasKeepassxc()) return 'Skipped: keepassxc-cli is not installed (apt-get install keepassxc).';
    const dir = mkdtempSync(join(tmpdir(), 'apppass-bench-interop-'));
    try {
      const vaultPath = join(dir, 'bench.apppass');
      const kdbxPath = join(dir, 'bench.kdbx');
      const session = await createVault(vaultPath, 'bench master', { kdf: KDF });
      let targetId = '';
      let targetTitle = '';
      for (let i = 0; i < ENTRIES; i++) {
        const provider = PROVIDERS[i % PROVIDERS.length] as string;
        const entry = session.add({ provider, account: `user${i}@example${i % 97}.org`, label: `Device ${i}`, secret: `secret-${i}-${'x'.repeat(12)}`, notes: i % 10 === 0 ? `note ${i}` : '' });
        if (i === 7_777) {
          targetId = entry.id;
          targetTitle = kdbxTitle(entry);
        }
      }
      await session.save();
      const file = await exportVault(session, 'kdbx', { password: 'bench master' });
      await writeExportFile(kdbxPath, file.bytes);
      session.lock();

      const runs = 5;
      const apppass = await timeRuns(() => run(process.execPath, [CLI, '--vault', vaultPath, '--password-stdin', 'show', targetId, '--json'], 'bench master\n'), runs, 1);
      const apppassList = await timeRuns(() => run(process.execPath, [CLI, '--vault', vaultPath, '--password-stdin', 'list', '--json'], 'bench master\n'), runs, 1);
      const kxShow = await timeRuns(() => run('keepassxc-cli', ['show', '-q', '-s', kdbxPath, `AppPass/${targetTitle}`], 'bench master\n'), runs, 1);
      const kxSearch = await timeRuns(() => run('keepassxc-cli', ['search', '-q', kdbxPath, 'user7777@'], 'bench master\n'), runs, 1);
      const ratio = median(apppass) / median(kxShow);
      const rows = [
        `${ENTRIES.toLocaleString('en')} entries in each database; Argon2id ${KDF.memoryKiB / 1024} MiB, t=${KDF.iterations}, p=${KDF.parallelism} in both ` +
          `(AppPass vault ${Math.round(Number(execFileSync('stat', ['-c', '%s', vaultPath], { encoding: 'utf8' })) / 1024)} KiB; KDBX 4 exported by AppPass ` +
          `${Math.round(file.bytes.length / 1024)} KiB). Whole processes, master password on stdin; median of ${runs} after a warm-up.`,
        '',
        '| command | median |',
        '|---|---|',
        `| \`apppass show ID --json\` (open, find, reveal, save the activity log) | ${fmtMs(median(apppass))} |`,
        `| \`apppass list --json\` (open, list every entry) | ${fmtMs(median(apppassList))} |`,
        `| \`keepassxc-cli show -s DB "AppPass/${targetTitle}"\` | ${fmtMs(median(kxShow))} |`,
        `| \`keepassxc-cli search DB user7777@\` | ${fmtMs(median(kxSearch))} |`,
        '',
        `Ratio AppPass show / keepassxc-cli show: **${ratio.toFixed(2)}** (goal ≤ 0.5: ${ratio <= 0.5 ? 'met' : 'NOT met'}).`,
      ];
      return rows.join('\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
