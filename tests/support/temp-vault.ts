import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KDF_FLOOR } from '../../electron/core/kdf/index.ts';
import { createVault, type Clock, type EntryInput, type VaultSession } from '../../electron/core/vault/index.ts';

/** A throwaway folder and the vault path inside it; `cleanup` removes the folder. */
export interface TempVaultPath {
  dir: string;
  path: string;
  cleanup(): void;
}

export interface TempVault extends TempVaultPath {
  /** The new vault, unlocked and saved. */
  session: VaultSession;
  vaultId: string;
}

export interface TempVaultOptions {
  /** Default 'master password'. */
  password?: string;
  /** Added in this order, then saved. Default: none. */
  entries?: readonly EntryInput[];
  /** The vault's clock. */
  now?: Clock;
  /** Prefix of the folder's name, so a leftover folder says which tests made it. */
  prefix?: string;
}

/** A fresh temporary folder and the path of a vault in it (no file yet), for tests that create it themselves. */
export function tempVaultPath(prefix = 'apppass-vault-'): TempVaultPath {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, path: join(dir, 'vault.apppass'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The one "temporary vault" helper: a new vault with the floor KDF (the cheapest a vault may use,
 * so tests stay fast) in its own temporary folder, holding `entries`, saved and left unlocked.
 */
export async function makeTempVault(options: TempVaultOptions = {}): Promise<TempVault> {
  const place = tempVaultPath(options.prefix);
  try {
    const session = await createVault(place.path, options.password ?? 'master password', { kdf: KDF_FLOOR, ...(options.now ? { now: options.now } : {}) });
    for (const entry of options.entries ?? []) session.add(entry);
    if ((options.entries ?? []).length > 0) await session.save();
    return { ...place, session, vaultId: session.vaultId };
  } catch (error) {
    place.cleanup();
    throw error;
  }
}
