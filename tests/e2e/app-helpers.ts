import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from '@playwright/test';
import { createVault, KDF_FLOOR_FOR_TESTS } from './seed-vault.ts';

/** A master password zxcvbn rates "Strong" (the first-run screen asks for "Good" or better). */
export const MASTER = 'Violet tractor hums 47 quiet lanterns';

/** First run through the UI: type the password twice, create (the real core calibrates the KDF). */
export async function createVaultInUi(page: Page, password = MASTER): Promise<void> {
  await page.getByTestId('master-password').fill(password);
  await page.getByTestId('master-confirm').fill(password);
  await page.getByTestId('create-vault').click();
  await expect(page.getByTestId('nav-vault')).toBeVisible({ timeout: 30_000 });
}

export async function unlockInUi(page: Page, password = MASTER): Promise<void> {
  await page.getByTestId('unlock-password').fill(password);
  await page.getByTestId('unlock').click();
}

/** Makes a fast (KDF floor) vault on disk before the page looks, then reloads so the app sees it. */
export async function seedAndUnlock(page: Page, vaultPath: string, entries: Parameters<typeof createVault>[2] = []): Promise<void> {
  await createVault(vaultPath, MASTER, entries, KDF_FLOOR_FOR_TESTS);
  await page.reload();
  await unlockInUi(page);
  await expect(page.getByTestId('nav-vault')).toBeVisible({ timeout: 20_000 });
}

// axe-core as @axe-core/playwright ships it. AxeBuilder re-injects axe into every frame and collects
// passes on each analyze (4–6 s a call on this shared machine); injecting once per page load and
// asking only for violations takes ~0.5 s, which keeps the e2e suite within its time budget.
const requireFromAxePlaywright = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const AXE_SOURCE = readFileSync(requireFromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core on the current page: no serious or critical violations (details in the failure message). */
export async function expectNoSeriousA11yViolations(page: Page, where: string): Promise<void> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }))),
    AXE_TAGS,
  );
  const bad = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(bad, `axe on ${where}`).toEqual([]);
}
