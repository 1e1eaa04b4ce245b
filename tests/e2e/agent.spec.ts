import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuiltCli } from '../support/built-cli.ts';
import { seedAndUnlock } from './app-helpers.ts';
import { expect, test } from './host-fixture.ts';
import { SAMPLE_ENTRIES } from './sample-entries.ts';

// Issue 19, "Done when": the browser host's agent, turned on in Settings, answers the built
// `apppass get` once the user approves the caller in the prompt.
const SOCKET = join(tmpdir(), `apppass-e2e-agent-${process.pid}.sock`);
const ENTRY = SAMPLE_ENTRIES.find((e) => e.provider === 'fastmail');
if (ENTRY === undefined) throw new Error('SAMPLE_ENTRIES needs a Fastmail entry');

/** The built CLI with no password, no terminal (stdin is a pipe) and no keychain: only the agent can answer. */
function apppassGet(query: string) {
  return runBuiltCli(['get', query], { env: { APPPASS_AGENT_SOCKET: SOCKET, APPPASS_VAULT: '', DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent' } });
}

test.use({ hostEnv: { APPPASS_AGENT_SOCKET: SOCKET } });

test('turn the agent on in Settings, approve a caller, and apppass get answers', async ({ host, vaultPath }) => {
  const { page } = host;
  await seedAndUnlock(page, vaultPath, SAMPLE_ENTRIES);
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('agent-state')).toContainText('Off');

  // Off by default: nothing serves, and with no terminal `apppass get` says how to start an agent.
  const before = await apppassGet(ENTRY.account);
  expect(before.status).toBe(6);
  expect(before.stderr).toContain('apppass agent');

  await page.getByTestId('agent-toggle').click();
  await expect(page.getByTestId('agent-state')).toContainText(`On while unlocked, at ${SOCKET}`);

  // A new caller waits for the prompt, which names the program and the entry.
  const answer = apppassGet(ENTRY.account);
  const prompt = page.getByTestId('agent-approval');
  await expect(prompt).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('agent-caller')).toContainText('node');
  await expect(page.getByTestId('agent-entry')).toContainText(ENTRY.account);
  await page.getByTestId('agent-always').click();
  const run = await answer;
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toBe(`${ENTRY.secret}\n`);
  await expect(prompt).toHaveCount(0);

  // "Always": the next call from the same program is answered without a prompt, and Settings lists it.
  const again = await apppassGet(ENTRY.account);
  expect(again.stdout).toBe(`${ENTRY.secret}\n`);
  await page.getByTestId('nav-vault').click();
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('agent-approvals').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('agent-approvals')).toContainText(ENTRY.account);

  // Removed, the program is asked about again; Deny refuses it (exit 6) and gives nothing.
  await page.getByTestId('agent-approvals').getByRole('button', { name: /Remove/ }).click();
  await expect(page.getByTestId('agent-approvals').locator('li')).toHaveCount(0);
  const refused = apppassGet(ENTRY.account);
  await expect(prompt).toBeVisible({ timeout: 15_000 });
  await page.getByTestId('agent-deny').click();
  const denied = await refused;
  expect(denied.status).toBe(6);
  expect(denied.stderr).toContain('AGENT_DENIED');
  expect(denied.stdout).toBe('');

  // The activity log names the program, never the secret.
  await page.getByTestId('nav-activity').click();
  await expect(page.getByTestId('activity-table')).toContainText('Given to a program');
  await expect(page.getByTestId('activity-table')).not.toContainText(ENTRY.secret);

  // Locking stops the agent: get falls back, finds no terminal, and exits 6.
  await page.keyboard.press('Control+L');
  await expect(page.getByTestId('unlock-password')).toBeVisible();
  const locked = await apppassGet(ENTRY.account);
  expect(locked.status).toBe(6);
});
