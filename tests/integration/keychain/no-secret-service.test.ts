import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli.ts';
import { toErrorPayload } from '../../../electron/core/errors/index.ts';
import { createMemoryKeychainStore, createOsKeychainStore, KeychainService } from '../../../electron/core/keychain/index.ts';
import { readVaultInfo, VaultService } from '../../../electron/core/vault/index.ts';
import { missingTools } from '../../support/require-tool.ts';
import { SECRET_SERVICE_TOOLS, startSessionBus, useBus, type SessionBus } from '../../support/secret-service.ts';
import { fakeCliIO } from '../../support/fake-cli-io.ts';
import { floorVault, PW } from '../../support/keychain-vault.ts';

// A session bus with no Secret Service on it at all (and nothing D-Bus-activatable).
const missing = missingTools(SECRET_SERVICE_TOOLS);

describe.skipIf(missing)('quick unlock with no Secret Service on the bus', () => {
  let bus: SessionBus;
  let restoreEnv: () => void;
  const cleanups: Array<() => void> = [];
  let vaultPath: string;

  beforeAll(async () => {
    bus = await startSessionBus();
    restoreEnv = useBus(bus);
    const v = await floorVault();
    cleanups.push(v.cleanup);
    vaultPath = v.path;
    // Quick unlock was turned on elsewhere (a keychain that is gone now): the header has the wrap.
    await new KeychainService({ vault: new VaultService(v.path), store: createMemoryKeychainStore() }).enable(PW);
  });
  afterAll(async () => {
    cleanups.forEach((c) => c());
    restoreEnv?.();
    await bus?.stop();
  });

  it('unlock → KEYCHAIN_UNAVAILABLE (no-service) within 2 s; the master password still works', async () => {
    const vault = new VaultService(vaultPath);
    const keychain = new KeychainService({ vault, store: createOsKeychainStore('linux') });
    const start = performance.now();
    const result = await keychain.unlock().then(
      () => 'resolved',
      (error: unknown) => toErrorPayload(error),
    );
    expect(performance.now() - start).toBeLessThan(2000);
    expect(result).toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE', details: { reason: 'no-service' } });
    await vault.unlock(PW);
    expect(vault.session().list()).toHaveLength(1);
  });

  it('enable → KEYCHAIN_UNAVAILABLE within 2 s; status says unavailable', async () => {
    const v = await floorVault();
    cleanups.push(v.cleanup);
    const keychain = new KeychainService({ vault: new VaultService(v.path), store: createOsKeychainStore('linux') });
    const start = performance.now();
    await expect(keychain.enable(PW)).rejects.toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
    expect(performance.now() - start).toBeLessThan(2000);
    expect((await readVaultInfo(v.path)).wraps).toEqual(['password']);
    expect(await keychain.status()).toMatchObject({ enabled: false, available: false, ready: false, backend: 'secret-service' });
  });

  it('CLI: --keychain exits 6 with KEYCHAIN_UNAVAILABLE within 2 s; keychain status still answers', async () => {
    const io = fakeCliIO();
    const start = performance.now();
    const code = await runCli(['--vault', vaultPath, '--keychain', 'list'], io);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(code).toBe(6);
    expect(io.err()).toMatch(/^apppass: KEYCHAIN_UNAVAILABLE: No system keychain is running/);
    const statusIo = fakeCliIO();
    expect(await runCli(['--vault', vaultPath, 'keychain', 'status', '--json'], statusIo)).toBe(0);
    expect(JSON.parse(statusIo.out())).toMatchObject({ enabled: true, available: false, ready: false });
  });
});
