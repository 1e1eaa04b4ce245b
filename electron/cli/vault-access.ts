import { openVault, type VaultSession } from '../core/vault/index.ts';
import type { CommandContext } from './command.ts';

/**
 * Opens the vault for a command: the master password is the first stdin line with --password-stdin
 * (or when stdin is not a terminal), else a hidden prompt. With --keychain: the OS keychain's device key
 * (no password; KEYCHAIN_UNAVAILABLE, KEYCHAIN_MISMATCH or MASTER_PASSWORD_REQUIRED, exit 6, when it cannot).
 */
export async function openVaultForCommand(ctx: CommandContext): Promise<VaultSession> {
  if (ctx.global.keychain) {
    // Loaded only for --keychain: the native keyring module is not needed otherwise.
    const { createOsKeychainStore, openWithKeychain } = await import('../core/keychain/index.ts');
    return openWithKeychain(ctx.global.vault, createOsKeychainStore(ctx.io.platform));
  }
  const password = await ctx.readSecret('master password');
  return openVault(ctx.global.vault, password);
}

/** Runs `work` on an open session and always locks it afterwards (zeroing the key). */
export async function withVault<T>(ctx: CommandContext, work: (session: VaultSession) => Promise<T>): Promise<T> {
  const session = await openVaultForCommand(ctx);
  try {
    return await work(session);
  } finally {
    session.lock();
  }
}
