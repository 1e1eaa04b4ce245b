import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createVault } from '../../electron/core/vault/index.ts';
import { fmtMs, median, timeRuns, type BenchSection } from '../section.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'apppass.mjs');
const HOST = join(ROOT, 'dist', 'browser-host', 'host.mjs');
const RUNS = 15;
const LOADS = 7;

/** Runs a whole process; throws when it fails (a benchmark of a failing command means nothing). */
function run(args: string[]): void {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
}

/** The part of dist/browser-host/host.mjs this section uses (a bundle: typed here, not imported from the sources). */
interface BuiltBrowserHost {
  runBrowserHost(options: { env: NodeJS.ProcessEnv; headless: boolean }): Promise<{
    context: { addInitScript(script: { content: string }): Promise<void> };
    page: { reload(): Promise<unknown>; waitForFunction(fn: () => boolean): Promise<unknown>; evaluate<T>(fn: () => T): Promise<T> };
    close(): Promise<void>;
  }>;
}

interface PaintTimes {
  fcp: number;
  unlock: number;
}

/**
 * In the page, before any of its scripts: records performance.now() at the first animation frame
 * after the unlock screen's password field exists (the frame that paints it).
 */
const UNLOCK_PAINT_PROBE = `(() => {
  const seen = () => document.querySelector('[data-testid="unlock-password"]');
  const mark = () => requestAnimationFrame(() => { window.__unlockPainted = performance.now(); });
  new MutationObserver((_m, observer) => { if (seen()) { observer.disconnect(); mark(); } })
    .observe(document, { childList: true, subtree: true });
})();`;

/** Start-up of what ships: the built CLI, and the built browser host's first paint of the unlock screen. */
export const startupSection: BenchSection = {
  title: 'Start-up and first paint (built artifacts)',
  async run() {
    run([BIN, '--version']);
    const nodeAlone: number[] = [];
    const version: number[] = [];
    // Interleaved, so both see the same machine load.
    for (let i = 0; i < RUNS; i++) {
      nodeAlone.push(...(await timeRuns(() => run(['-e', '0']), 1, 0)));
      version.push(...(await timeRuns(() => run([BIN, '--version']), 1, 0)));
    }

    const dir = mkdtempSync(join(tmpdir(), 'apppass-bench-startup-'));
    const vaultPath = join(dir, 'vault.apppass');
    (await createVault(vaultPath, 'bench master password 1', { kdf: { memoryKiB: 19 * 1024, iterations: 2, parallelism: 1 } })).lock();
    const built = (await import(pathToFileURL(HOST).href)) as BuiltBrowserHost;
    const host = await built.runBrowserHost({ env: { ...process.env, APPPASS_VAULT: vaultPath, APPPASS_STATE_DIR: dir, APPPASS_CATALOG_DIR: join(dir, 'catalog') }, headless: true });
    const paints: PaintTimes[] = [];
    try {
      await host.context.addInitScript({ content: UNLOCK_PAINT_PROBE });
      for (let i = 0; i < LOADS + 1; i++) {
        await host.page.reload();
        await host.page.waitForFunction(() => typeof (globalThis as unknown as { __unlockPainted?: number }).__unlockPainted === 'number');
        const times = await host.page.evaluate(() => ({
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
          unlock: (globalThis as unknown as { __unlockPainted: number }).__unlockPainted,
        }));
        if (i > 0) paints.push(times); // the first load warms the caches
      }
    } finally {
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    }
    return [
      `Whole processes, interleaved, median of ${RUNS}: the built CLI (bin/apppass.mjs → dist/cli) against Node's own start-up.`,
      '',
      '| command | median |',
      '|---|---|',
      `| \`apppass --version\` (built CLI) | ${fmtMs(median(version))} |`,
      `| \`node -e 0\` | ${fmtMs(median(nodeAlone))} |`,
      `| difference (AppPass's own start-up) | ${fmtMs(median(version) - median(nodeAlone))} |`,
      '',
      `The built browser host (dist/browser-host/host.mjs) in headless Chromium, a locked vault, median of ${LOADS} reloads after one warm-up; ` +
        'times from the start of the page load (Performance API).',
      '',
      '| browser host, page load → | median |',
      '|---|---|',
      `| first contentful paint (\`first-contentful-paint\`) | ${fmtMs(median(paints.map((p) => p.fcp)))} |`,
      `| first paint of the unlock screen (the frame after its password field appears) | ${fmtMs(median(paints.map((p) => p.unlock)))} |`,
    ].join('\n');
  },
};
