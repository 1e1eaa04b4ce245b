import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../../support/built-cli.ts';
import { tempVault } from '../../support/vault-helpers.ts';

/**
 * H1 (security review 2026-11): 50 `apppass add` processes of the built CLI against one vault at
 * once, 5 rounds. Before the fix the lock could be shared (an empty lock file taken for a stale one)
 * and two writers shared `PATH.tmp`: adds reported as done went missing, or the vault broke.
 */
const WRITERS = 50;
const ROUNDS = 5;
const PASSWORD = 'concurrent adds password';
const t = tempVault();
afterAll(() => t.cleanup());

const cli = (args: string[], stdin: string) => runBuiltCli(['--vault', t.path, '--password-stdin', '--json', ...args], { stdin });

describe('50 concurrent `apppass add` (built CLI, real processes)', () => {
  it('every add that exits 0 is in the vault, the others fail with EXTERNAL_CHANGE, and the vault opens', { timeout: 600_000 }, async () => {
    const init = await cli(['init', '--kdf-memory', '19', '--kdf-iterations', '2', '--kdf-parallelism', '1'], `${PASSWORD}\n`);
    expect(init.status, init.stderr).toBe(0);
    const acknowledged = new Map<string, string>();
    for (let round = 0; round < ROUNDS; round++) {
      const runs = await Promise.all(
        Array.from({ length: WRITERS }, (_, i) => cli(['add', '--account', `r${round}-w${i}@example.com`, '--label', 'Mail'], `${PASSWORD}\nsecret-${round}-${i}\n`)),
      );
      for (const [i, run] of runs.entries()) {
        if (run.status === 0) acknowledged.set((JSON.parse(run.stdout) as { id: string }).id, `r${round}-w${i}@example.com`);
        else {
          // A writer that lost the race is told so, with the conflict code, never INTERNAL.
          expect(run.status, run.stderr).toBe(6);
          expect(JSON.parse(run.stderr)).toMatchObject({ error: { code: 'EXTERNAL_CHANGE' } });
        }
      }
      expect(runs.some((run) => run.status === 0)).toBe(true);
      const list = await cli(['list'], `${PASSWORD}\n`);
      expect(list.status, list.stderr).toBe(0);
      const inVault = new Map((JSON.parse(list.stdout) as Array<{ id: string; account: string }>).map((e) => [e.id, e.account]));
      for (const [id, account] of acknowledged) expect(inVault.get(id), `acknowledged add ${account} is in the vault`).toBe(account);
      expect(inVault.size).toBe(acknowledged.size);
    }
    // No lock, lock candidate or temporary file is left behind: only the vault and its backup.
    expect(readdirSync(t.dir).sort()).toEqual(['vault.apppass', 'vault.apppass.bak']);
  });
});
