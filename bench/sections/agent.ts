import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmtMs, median, timeRuns, type BenchSection } from '../section.ts';
import { exportVault, kdbxTitle, writeExportFile } from '../../electron/core/interop/index.ts';
import type { KdfParams } from '../../electron/core/kdf/index.ts';
import { createVault } from '../../electron/core/vault/index.ts';

const ENTRIES = 10_000;
/** As in the interop section: the same Argon2id parameters in both databases (RFC 9106's second recommendation). */
const KDF: KdfParams = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 4 };
const PROVIDERS = ['gmail', 'icloud', 'yahoo', 'fastmail', 'custom'];
const BIN = new URL('../../bin/apppass.mjs', import.meta.url).pathname;
const FAST = new URL('../../dist/cli/apppass-get.mjs', import.meta.url).pathname;
const MASTER = 'bench master';
const GOAL = 0.15;

function hasKeepassxc(): boolean {
  return spawnSync('keepassxc-cli', ['--version'], { stdio: 'ignore' }).status === 0;
}

function run(command: string, args: string[], input: string, env: NodeJS.ProcessEnv = process.env): string {
  return execFileSync(command, args, { input, env, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Starts the built `apppass agent` and resolves once it serves; returns a function that locks it. */
async function startAgent(vaultPath: string, env: NodeJS.ProcessEnv): Promise<() => Promise<void>> {
  const child = spawn(process.execPath, [BIN, '--vault', vaultPath, 'agent', '--idle-minutes', '0'], { env, stdio: ['pipe', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`apppass agent exited ${code}`)));
    child.stdin.end(`${MASTER}\n`);
  });
  return async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    run(process.execPath, [BIN, 'agent', 'lock'], '', env);
    await exited;
  };
}

/**
 * `apppass get` through a running `apppass agent` (the vault unlocked once) against
 * `keepassxc-cli show -a Password`, which opens its database (Argon2id) on every call: whole
 * processes, the same 10,000 entries and Argon2id parameters, measured in one run.
 */
export const agentSection: BenchSection = {
  title: 'Agent: apppass get through a running agent vs keepassxc-cli show',
  async run() {
    if (!existsSync(FAST)) return `Skipped: ${FAST} is missing; run \`npm run build:node\` first.`;
    if (!hasKeepassxc()) return 'Skipped: keepassxc-cli is not installed (apt-get install keepassxc).';
    const dir = mkdtempSync(join(tmpdir(), 'apppass-bench-agent-'));
    const env = { ...process.env, APPPASS_AGENT_SOCKET: join(dir, 'agent.sock') };
    try {
      const vaultPath = join(dir, 'bench.apppass');
      const kdbxPath = join(dir, 'bench.kdbx');
      const session = await createVault(vaultPath, MASTER, { kdf: KDF });
      let target = { id: '', title: '', account: '', secret: '' };
      for (let i = 0; i < ENTRIES; i++) {
        const provider = PROVIDERS[i % PROVIDERS.length] as string;
        const entry = session.add({ provider, account: `user${i}@example${i % 97}.org`, label: `Device ${i}`, secret: `secret-${i}-${'x'.repeat(12)}` });
        if (i === 7_777) target = { id: entry.id, title: kdbxTitle(entry), account: entry.account, secret: entry.secret };
      }
      await session.save();
      const file = await exportVault(session, 'kdbx', { password: MASTER });
      await writeExportFile(kdbxPath, file.bytes);
      session.lock();

      const runs = 10;
      const kxShow = () => run('keepassxc-cli', ['show', '-q', '-a', 'Password', kdbxPath, `AppPass/${target.title}`], `${MASTER}\n`);
      if (kxShow().trim() !== target.secret) throw new Error('keepassxc-cli show printed another value.');
      const selfUnlock = await timeRuns(() => run(process.execPath, [BIN, '--vault', vaultPath, '--password-stdin', 'get', target.id], `${MASTER}\n`, env), 3, 1);
      const nodeAlone = await timeRuns(() => run(process.execPath, ['-e', '0'], ''), runs, 1);

      const lock = await startAgent(vaultPath, env);
      let byId: number[];
      let byAccount: number[];
      let kx: number[];
      try {
        const viaAgent = () => run(process.execPath, [BIN, '--vault', vaultPath, 'get', target.id], '', env);
        if (viaAgent() !== `${target.secret}\n`) throw new Error('apppass get through the agent printed another value.');
        // Interleaved, so both commands see the same machine load.
        byId = [];
        kx = [];
        for (let i = 0; i < runs; i++) {
          byId.push(...(await timeRuns(viaAgent, 1, 0)));
          kx.push(...(await timeRuns(kxShow, 1, 0)));
        }
        byAccount = await timeRuns(() => run(process.execPath, [BIN, '--vault', vaultPath, 'get', target.account], '', env), runs, 1);
      } finally {
        await lock();
      }
      const ratio = median(byId) / median(kx);
      return [
        `${ENTRIES.toLocaleString('en')} entries in each database; Argon2id ${KDF.memoryKiB / 1024} MiB, t=${KDF.iterations}, p=${KDF.parallelism} in both ` +
          `(KDBX 4 exported by AppPass, ${Math.round(file.bytes.length / 1024)} KiB). Whole processes; \`apppass get\` and \`keepassxc-cli show\` ` +
          `interleaved, median of ${runs}.`,
        '',
        '| command | median |',
        '|---|---|',
        `| \`apppass get ID\` through a running \`apppass agent\` (no password, no terminal) | ${fmtMs(median(byId))} |`,
        `| \`apppass get ACCOUNT\` through the agent | ${fmtMs(median(byAccount))} |`,
        `| \`keepassxc-cli show -a Password DB "AppPass/${target.title}"\` (password on stdin) | ${fmtMs(median(kx))} |`,
        `| \`apppass get --password-stdin ID\` with no agent (opens the vault itself; median of 3) | ${fmtMs(median(selfUnlock))} |`,
        `| \`node -e 0\` (Node's own start-up, for scale) | ${fmtMs(median(nodeAlone))} |`,
        '',
        `Ratio apppass get (agent) / keepassxc-cli show: **${ratio.toFixed(3)}** (goal ≤ ${GOAL}: ${ratio <= GOAL ? 'met' : 'NOT met'}).`,
        '',
        '`apppass get` loads only dist/cli/apppass-get.mjs (the agent client and zod/mini, ~70 kB) before it asks the agent; ' +
          'the full CLI bundle loads only when no agent answers.',
      ].join('\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
