import type { EntryInput } from '../../electron/contract/calls/vault.ts';
import { KDF_FLOOR } from '../../electron/core/kdf/index.ts';
import { createVault as createVaultFile } from '../../electron/core/vault/index.ts';

export const KDF_FLOOR_FOR_TESTS = KDF_FLOOR;

/**
 * Writes a vault with `entries` through the real vault module (one save), so that e2e tests can
 * start from a big vault quickly. The browser host then opens it like any other vault file.
 */
export async function createVault(path: string, password: string, entries: readonly EntryInput[], kdf = KDF_FLOOR): Promise<void> {
  const session = await createVaultFile(path, password, { kdf });
  try {
    for (const entry of entries) session.add(entry);
    await session.save();
  } finally {
    session.lock();
  }
}
