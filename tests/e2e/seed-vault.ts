import type { EntryInput } from '../../electron/contract/calls/vault.ts';
import { KDF_FLOOR } from '../../electron/core/kdf/index.ts';
import { createVault as createVaultFile } from '../../electron/core/vault/index.ts';

export const KDF_FLOOR_FOR_TESTS = KDF_FLOOR;

/** An entry to seed, optionally made `ageDays` ago and marked revoked. */
export type SeedEntry = EntryInput & { ageDays?: number; revoked?: boolean; copiedDaysAgo?: number };

/**
 * Writes a vault with `entries` through the real vault module (one save), so that e2e tests can
 * start from a big vault quickly. The browser host then opens it like any other vault file.
 */
export async function createVault(path: string, password: string, entries: readonly SeedEntry[], kdf = KDF_FLOOR): Promise<void> {
  let clock = Date.now();
  const session = await createVaultFile(path, password, { kdf, now: () => new Date(clock) });
  try {
    for (const { ageDays, revoked, copiedDaysAgo, ...entry } of entries) {
      clock = Date.now() - (ageDays ?? 0) * 86_400_000;
      const added = session.add(entry);
      if (revoked) session.update(added.id, { revoked: true });
      if (copiedDaysAgo !== undefined) {
        clock = Date.now() - copiedDaysAgo * 86_400_000;
        session.markCopied(added.id);
      }
    }
    clock = Date.now();
    await session.save();
  } finally {
    session.lock();
  }
}
