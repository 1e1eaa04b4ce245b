import { AppError } from '../../errors/index.ts';
import type { KeychainService } from '../../keychain/index.ts';
import type { VaultService } from '../../vault/index.ts';
import type { HandlersOf } from '../handler-types.ts';
import type { Services } from '../services.ts';

function keychainOf(services: Services): KeychainService {
  if (!services.keychain) throw new AppError('KEYCHAIN_UNAVAILABLE', 'This AppPass host has no system keychain. Unlock with the master password.', { details: { reason: 'no-service' } });
  return services.keychain;
}

/** The host's vault (every host has one). */
function vaultOf(services: Services): VaultService {
  return services.vault;
}

/** keychain.*: quick unlock through the OS keychain. Keys and passwords never leave the core. */
export function keychainHandlers(services: Services): HandlersOf<'keychain'> {
  return {
    'keychain.status': async () => keychainOf(services).status(),
    'keychain.enable': async ({ password }) => keychainOf(services).enable(password),
    'keychain.disable': async () => {
      const { result: _result, ...status } = await keychainOf(services).disable();
      return status;
    },
    'keychain.unlock': async () => {
      await keychainOf(services).unlock();
      return vaultOf(services).status();
    },
  };
}
