// `npm test`: lint, typecheck, build, Vitest (unit + integration against real services), then
// Playwright e2e in Chromium through the browser host. Stops at the first failing stage and ends
// with one plain summary line: "tests: N passed, N failed[, N skipped]".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const resultsDir = join(process.cwd(), 'test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
const vitestJson = join(resultsDir, 'vitest.json');
const playwrightJson = join(resultsDir, 'playwright.json');

const totals = { passed: 0, failed: 0, skipped: 0 };
const started = Date.now();

function stage(name, command, args, env = {}) {
  const t0 = Date.now();
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`=== ${name}: ${result.status === 0 ? 'ok' : `FAILED (exit ${result.status ?? result.signal})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function countVitest() {
  if (!existsSync(vitestJson)) return;
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  // A file that fails to load has no failed test of its own: count it once as a failure.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += (report.numFailedTests ?? 0) + brokenFiles;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function countPlaywright() {
  if (!existsSync(playwrightJson)) return;
  const { stats } = JSON.parse(readFileSync(playwrightJson, 'utf8'));
  totals.passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  totals.failed += stats?.unexpected ?? 0;
  totals.skipped += stats?.skipped ?? 0;
}

function finish(ok) {
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  console.log(`\nnpm test ${ok ? 'passed' : 'FAILED'} in ${minutes} min`);
  if (!ok && totals.failed === 0) totals.failed = 1; // a failed lint/typecheck/build stage counts as a failure
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(ok ? 0 : 1);
}

const npx = 'npx';
if (!stage('lint', npx, ['eslint', '--max-warnings=0', '.'])) finish(false);
if (!stage('typecheck', 'npm', ['run', '--silent', 'typecheck'])) finish(false);
// The build comes before every test stage: tests/integration/built/* run bin/apppass.mjs and load
// dist/main/main.cjs, and the e2e fixture imports dist/browser-host/host.mjs. They fail (never skip)
// when dist/ is missing, so a failed build stops here.
if (!stage('build', 'npm', ['run', '--silent', 'build'])) finish(false);
const unitOk = stage('vitest (unit + integration)', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
countVitest();
const e2eOk = stage('e2e (Chromium via the browser host)', npx, ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
});
countPlaywright();
finish(unitOk && e2eOk);
