import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli.ts';
import { toErrorPayload } from '../../../electron/core/errors/index.ts';
import { createOsKeychainStore, KeychainService } from '../../../electron/core/keychain/index.ts';
import { readVaultInfo, VaultService } from '../../../electron/core/vault/index.ts';
import { missingTools } from '../../support/require-tool.ts';
import { SECRET_SERVICE_TOOLS, startSecretService, useBus, type SecretService } from '../../support/secret-service.ts';
import { fakeCliIO } from '../../support/fake-cli-io.ts';
import { floorVault, PW } from '../../support/keychain-vault.ts';

// A locked collection (as after a screen lock): every keychain call fails quickly with
// KEYCHAIN_UNAVAILABLE, and the master password still opens the vault.
const missing = missingTools(SECRET_SERVICE_TOOLS);

async function timed<T>(promise: Promise<T>): Promise<{ ms: number; result: unknown }> {
  const start = performance.now();
  const result = await promise.then(
    () => 'resolved',
    (error: unknown) => toErrorPayload(error),
  );
  return { ms: performance.now() - start, result };
}

describe.skipIf(missing)('quick unlock with a locked Secret Service collection', () => {
  let service: SecretService;
  let restoreEnv: () => void;
  const cleanups: Array<() => void> = [];
  let enabledVault: { path: string; vaultId: string };
  let plainVault: { path: string };

  beforeAll(async () => {
    service = await startSecretService();
    restoreEnv = useBus(service);
    const a = await floorVault();
    const b = await floorVault();
    cleanups.push(a.cleanup, b.cleanup);
    enabledVault = a;
    plainVault = b;
    await new KeychainService({ vault: new VaultService(a.path), store: createOsKeychainStore('linux') }).enable(PW);
    await service.lockCollection();
  });
  afterAll(async () => {
    cleanups.forEach((c) => c());
    restoreEnv?.();
    await service?.stop();
  });

  it('unlock → KEYCHAIN_UNAVAILABLE within 2 s; the vault stays locked and the master password works', async () => {
    const vault = new VaultService(enabledVault.path);
    const keychain = new KeychainService({ vault, store: createOsKeychainStore('linux') });
    const { ms, result } = await timed(keychain.unlock());
    expect(result).toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE', details: { reason: 'locked' } });
    expect(ms).toBeLessThan(2000);
    expect((await vault.status()).unlocked).toBe(false);
    await vault.unlock(PW);
    expect(vault.session().list()).toHaveLength(1);
  });

  it('status reports the keychain unavailable (within 2 s) instead of failing', async () => {
    const keychain = new KeychainService({ vault: new VaultService(enabledVault.path), store: createOsKeychainStore('linux') });
    const start = performance.now();
    expect(await keychain.status()).toMatchObject({ enabled: true, available: false, item: 'unknown', ready: false });
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('enable → KEYCHAIN_UNAVAILABLE within 2 s and the vault keeps one wrap', async () => {
    const keychain = new KeychainService({ vault: new VaultService(plainVault.path), store: createOsKeychainStore('linux') });
    const { result } = await timed(keychain.enable(PW));
    expect(result).toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
    expect((await readVaultInfo(plainVault.path)).wraps).toEqual(['password']);
  });

  it('CLI --keychain exits 6 with KEYCHAIN_UNAVAILABLE within 2 s', async () => {
    const io = fakeCliIO();
    const start = performance.now();
    const code = await runCli(['--vault', enabledVault.path, '--keychain', 'list', '--json'], io);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(code).toBe(6);
    expect(JSON.parse(io.err())).toMatchObject({ error: { code: 'KEYCHAIN_UNAVAILABLE' } });
  });
});
