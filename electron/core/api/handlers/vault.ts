import { AppError } from '../../errors/index.ts';
import { calibrateKdf } from '../../kdf/index.ts';
import { readVaultInfo, type VaultService } from '../../vault/index.ts';
import { typedVaultPathIn } from '../typed-vault-path.ts';
import { fileGrantsOf } from '../file-choices.ts';
import type { HandlersOf } from '../handler-types.ts';
import type { Services } from '../services.ts';

/** The host's vault (every host has one). */
function vaultOf(services: Services): VaultService {
  return services.vault;
}

/** vault.*, entries.* and settings.*: the UI's way into the vault. Secrets are never logged. */
export function vaultHandlers(services: Services): HandlersOf<'vault'> & HandlersOf<'entries'> & HandlersOf<'settings'> {
  return {
    'vault.status': async () => vaultOf(services).status(),
    'vault.create': async ({ password, kdf }) => {
      const vault = vaultOf(services);
      await vault.create(password, kdf);
      return vault.status();
    },
    'vault.unlock': async ({ password }) => {
      const vault = vaultOf(services);
      await vault.unlock(password);
      return vault.status();
    },
    'vault.lock': async () => {
      const vault = vaultOf(services);
      vault.lock();
      return vault.status();
    },
    'vault.info': async () => readVaultInfo(vaultOf(services).path),
    'vault.changePassword': async ({ oldPassword, newPassword }) => {
      // A new vault key (M1): every quick-unlock wrap was of the old one. This computer's quick
      // unlock is made anew (a new device key and wrap); other computers' wraps are dropped (their
      // device keys are in their keychains): there the new master password is asked once.
      const session = vaultOf(services).session();
      const deviceKey = (await services.keychain?.deviceKeyHere()) ?? null;
      const onHere = deviceKey !== null && session.keyWrapsOpenedBy(deviceKey).length > 0;
      deviceKey?.fill(0);
      await session.changeMasterPassword(oldPassword, newPassword);
      if (onHere && services.keychain) await services.keychain.enable(newPassword).catch(() => undefined);
      return { changed: true as const };
    },
    'vault.recalibrate': async ({ password }) => {
      const vault = vaultOf(services);
      const session = vault.session();
      const measured = await (services.calibrateKdf ?? calibrateKdf)();
      // The same password, re-wrapped: changeMasterPassword checks it and never lowers the KDF.
      await session.changeMasterPassword(password, password, { kdf: measured, keepKey: true });
      return readVaultInfo(vault.path);
    },
    'vault.openFile': async ({ grant, path }) => {
      // Only a file the host's dialog returned (H2); a typed path only where the host has no dialog,
      // and there only inside the folder the host was started with.
      const root = services.typedVaultPathRoot;
      if (path !== undefined && root === undefined) {
        throw new AppError('USAGE', 'Choose the vault file with the Browse… dialog; this window does not open typed paths.', { details: { reason: 'typed-path' } });
      }
      const vault = vaultOf(services);
      await vault.openFile(grant === undefined ? await typedVaultPathIn(root as string, path as string) : fileGrantsOf(services).take(grant, 'open-vault'));
      return vault.status();
    },
    'vault.restoreBackup': async () => {
      const vault = vaultOf(services);
      await vault.restoreBackup();
      return vault.status();
    },
    'vault.activity': async () => vaultOf(services).session().activity(),
    'entries.list': async (input) => vaultOf(services).session().search(input?.query ?? ''),
    'entries.add': async (input) => {
      const { secret: _secret, ...summary } = await vaultOf(services).mutate((s) => s.add(input));
      return summary;
    },
    'entries.update': async ({ id, patch }) => {
      const { secret: _secret, ...summary } = await vaultOf(services).mutate((s) => s.update(id, patch));
      return summary;
    },
    // The removed entry stays in the core (the trash) for undo; its secret never goes to the renderer (M5).
    'entries.remove': async ({ id }) => {
      const { secret: _secret, ...summary } = await vaultOf(services).mutate((s) => s.remove(id));
      return summary;
    },
    'entries.restore': async ({ id }) => {
      const { secret: _secret, ...summary } = await vaultOf(services).mutate((s) => s.restoreFromTrash(id));
      return summary;
    },
    'entries.reveal': async ({ id }) => ({ id, secret: await vaultOf(services).mutate((s) => s.reveal(id)) }),
    'entries.sharedSecrets': async () => vaultOf(services).session().sharedSecretGroups(),
    'settings.get': async () => vaultOf(services).session().settings(),
    'settings.update': async (patch) => vaultOf(services).mutate((s) => s.updateSettings(patch)),
  };
}
