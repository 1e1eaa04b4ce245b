import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmtMs, median, timeRuns, type BenchSection } from '../section.ts';
import {
  createMemoryKeychainStore,
  createOsKeychainStore,
  enableQuickUnlock,
  KeychainService,
  openWithKeychain,
  type KeychainStore,
} from '../../electron/core/keychain/index.ts';
import { createVault, openVault, VaultService } from '../../electron/core/vault/index.ts';
import { hasExecutable } from '../../tests/support/require-tool.ts';
import { SECRET_SERVICE_TOOLS, startSecretService, useBus, type SecretService } from '../../tests/support/secret-service.ts';

const PW = 'bench master password';
const ENTRIES = 10_000;

/**
 * Quick unlock (keychain read + key unwrap + body decrypt, no KDF) against master-password unlock
 * at the default (calibrated) KDF, on a 10,000-entry vault. Uses the real gnome-keyring Secret
 * Service on a private bus when its tools are installed, else an in-memory keychain (said so).
 */
export const keychainSection: BenchSection = {
  title: 'Quick unlock through the OS keychain',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'apppass-bench-keychain-'));
    let service: SecretService | null = null;
    let restoreEnv = (): void => undefined;
    try {
      let store: KeychainStore;
      if (SECRET_SERVICE_TOOLS.every(hasExecutable)) {
        service = await startSecretService();
        restoreEnv = useBus(service);
        store = createOsKeychainStore('linux');
      } else {
        store = createMemoryKeychainStore();
      }
      const path = join(dir, 'vault.apppass');
      const session = await createVault(path, PW);
      const kdf = session.kdfParams();
      for (let i = 0; i < ENTRIES; i++) {
        session.add({ provider: 'google', account: `user${i}@example.com`, label: `Device ${i % 37}`, secret: `abcd-efgh-ijkl-${String(i).padStart(4, '0')}` });
      }
      await session.save();
      await enableQuickUnlock(session, store);
      const vaultId = session.vaultId;
      session.lock();

      const master = await timeRuns(async () => (await openVault(path, PW)).lock(), 5, 1);
      const cliQuick = await timeRuns(async () => (await openWithKeychain(path, store)).lock(), 10, 2);
      const vault = new VaultService(path);
      const keychain = new KeychainService({ vault, store });
      const uiQuick = await timeRuns(async () => {
        await keychain.unlock();
        vault.lock();
      }, 10, 2);
      const read = await timeRuns(() => store.get(vaultId), 20, 2);

      const where = service ? 'gnome-keyring Secret Service on a private D-Bus' : 'an in-memory keychain (Secret Service tools not installed)';
      return [
        `Vault of ${ENTRIES.toLocaleString('en')} entries; default KDF as calibrated on this machine: Argon2id ${kdf.memoryKiB / 1024} MiB, t=${kdf.iterations}, p=${kdf.parallelism}. Keychain: ${where}.`,
        '',
        '| unlock | median |',
        '|---|---|',
        `| master password (\`openVault\`: Argon2id + unwrap + decrypt + validate) | ${fmtMs(median(master))} |`,
        `| quick unlock, CLI \`--keychain\` (\`openWithKeychain\`: keychain read + unwrap + decrypt + validate, no KDF) | ${fmtMs(median(cliQuick))} |`,
        `| quick unlock, app \`keychain.unlock\` (the same, into the VaultService state holder; N-day policy checked before it takes the session) | ${fmtMs(median(uiQuick))} |`,
        `| keychain read alone (\`get\` of the device key) | ${fmtMs(median(read))} |`,
        '',
        `Quick unlock (CLI path) is ${(median(master) / median(cliQuick)).toFixed(1)}× faster than the master password here.`,
      ].join('\n');
    } finally {
      restoreEnv();
      await service?.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
