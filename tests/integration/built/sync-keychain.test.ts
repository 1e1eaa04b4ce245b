import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readVaultInfo } from '../../../electron/core/vault/index.ts';
import { missingTools } from '../../support/require-tool.ts';
import { SECRET_SERVICE_TOOLS, startSecretService, type SecretService } from '../../support/secret-service.ts';
import { runBuiltCli, type CliRun } from '../../support/built-cli.ts';

// Quick unlock on two computers sharing one vault, played by the built CLI in real processes: each
// computer has its own device id and its own keychain (a gnome-keyring Secret Service on its own bus).
const PW = 'correct horse battery staple';
const NEW_PW = 'a newer master password for both';
const FAST_KDF = ['--kdf-memory', '19', '--kdf-iterations', '2', '--kdf-parallelism', '1'];
const A_ID = 'a0a0a0a0a0a0';
const B_ID = 'b0b0b0b0b0b0';
const SYNCTHING_NAME = 'vault.sync-conflict-20261130-101500-BBBBBBB.apppass';
const missing = missingTools(SECRET_SERVICE_TOOLS);

describe.skipIf(missing)('quick unlock on two computers with one synced vault (built CLI, real Secret Services)', () => {
  let dir: string;
  let keyringA: SecretService;
  let keyringB: SecretService;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'apppass-sync-keychain-'));
    [keyringA, keyringB] = await Promise.all([startSecretService(), startSecretService()]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([keyringA?.stop(), keyringB?.stop()]);
    rmSync(dir, { recursive: true, force: true });
  });

  const computerA = () => ({ APPPASS_DEVICE_ID: A_ID, APPPASS_DEVICE_NAME: 'computer A', ...keyringA.env });
  const computerB = () => ({ APPPASS_DEVICE_ID: B_ID, APPPASS_DEVICE_NAME: 'computer B', ...keyringB.env });
  const apppass = (vault: string, env: Record<string, string>, args: string[], stdin = ''): Promise<CliRun> => runBuiltCli(['--vault', vault, ...args], { stdin, env });
  function ok(run: CliRun): CliRun {
    expect(run.status, `exit ${run.status}\nstdout: ${run.stdout}\nstderr: ${run.stderr}`).toBe(0);
    return run;
  }

  it('each computer turns it on; after apppass sync both --keychain list work; a password change asks the other once, then it turns on again', { timeout: 180_000 }, async () => {
    mkdirSync(join(dir, 'A'));
    mkdirSync(join(dir, 'B'));
    const a = join(dir, 'A', 'vault.apppass');
    const b = join(dir, 'B', 'vault.apppass');
    ok(await apppass(a, computerA(), ['init', ...FAST_KDF], `${PW}\n`));
    ok(await apppass(a, computerA(), ['add', '--account', 'one@example.com', '--label', 'One'], `${PW}\nsecret-one\n`));
    copyFileSync(a, b);

    ok(await apppass(a, computerA(), ['keychain', 'enable'], `${PW}\n`));
    ok(await apppass(b, computerB(), ['keychain', 'enable'], `${PW}\n`));
    // Each file now has its own computer's wrap; the sync client puts B's beside A's as a conflict copy.
    copyFileSync(b, join(dir, 'A', SYNCTHING_NAME));
    const synced = JSON.parse(ok(await apppass(a, computerA(), ['--keychain', 'sync', '--json'])).stdout) as { report: { copies: string[] }; skipped: unknown[] };
    expect(synced.report.copies).toEqual([SYNCTHING_NAME]);
    expect(synced.skipped).toEqual([]);
    expect((await readVaultInfo(a)).wraps).toEqual(['password', `keychain:${A_ID}`, `keychain:${B_ID}`]);
    copyFileSync(a, b); // the sync client brings the merged vault to B

    for (const [vault, env] of [[a, computerA()], [b, computerB()]] as const) {
      const listed = JSON.parse(ok(await apppass(vault, env, ['--keychain', 'list', '--json'])).stdout) as Array<{ account: string }>;
      expect(listed.map((e) => e.account)).toEqual(['one@example.com']);
      expect(JSON.parse(ok(await apppass(vault, env, ['keychain', 'status', '--json'])).stdout)).toMatchObject({ enabled: true, item: 'present', ready: true });
    }

    // A changes the master password: A keeps quick unlock, B's wrap cannot be re-made (its key is in B's keychain).
    const changed = JSON.parse(ok(await apppass(a, computerA(), ['--json', 'passwd'], `${PW}\n${NEW_PW}\n`)).stdout) as Record<string, unknown>;
    expect(changed).toMatchObject({ changed: true, quickUnlockTurnedOff: false, quickUnlockOffOnOtherComputers: 1 });
    copyFileSync(a, b);
    ok(await apppass(a, computerA(), ['--keychain', 'list']));
    const refused = await apppass(b, computerB(), ['--keychain', 'list', '--json']);
    expect(refused.status).toBe(6);
    expect(refused.stderr + refused.stdout).toContain('KEYCHAIN_MISMATCH');
    // B uses the new master password once and turns quick unlock on again; both work.
    ok(await apppass(b, computerB(), ['keychain', 'enable'], `${NEW_PW}\n`));
    copyFileSync(b, join(dir, 'A', SYNCTHING_NAME));
    ok(await apppass(a, computerA(), ['--keychain', 'sync']));
    copyFileSync(a, b);
    ok(await apppass(a, computerA(), ['--keychain', 'list']));
    ok(await apppass(b, computerB(), ['--keychain', 'list']));
  });
});
