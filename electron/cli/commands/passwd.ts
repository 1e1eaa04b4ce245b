import { AppError } from '../../core/errors/index.ts';
import type { Command, CommandContext } from '../command.ts';
import { openVault, type VaultSession } from '../../core/vault/index.ts';
import { usageError } from '../args.ts';
import { ALLOW_WEAK_PASSWORD, checkNewMasterPassword, NEW_PASSWORD_HELP } from '../new-master-password.ts';

const USAGE = 'apppass passwd [--allow-weak-password]   (old password: line 1, new password: line 2)';

const KEYCHAIN_WRAP = 'keychain';

/** The keychain's device key when quick unlock is on and the keychain answers; null otherwise. */
async function deviceKeyIfOn(ctx: CommandContext, session: VaultSession): Promise<Buffer | null> {
  if (!session.keyWraps().includes(KEYCHAIN_WRAP)) return null;
  try {
    // Loaded only when quick unlock is on: the native keyring module is not needed otherwise.
    const { createOsKeychainStore, readDeviceKey } = await import('../../core/keychain/index.ts');
    return await readDeviceKey(ctx.global.vault, createOsKeychainStore(ctx.io.platform));
  } catch {
    return null;
  }
}

export const passwdCommand: Command = {
  name: 'passwd',
  summary: 'Change the master password: a new vault key, so the old password cannot read what is added afterwards.',
  usage: USAGE,
  help: NEW_PASSWORD_HELP,
  options: { [ALLOW_WEAK_PASSWORD]: { type: 'boolean' } },
  async run(ctx) {
    if (ctx.args.length > 0) throw usageError('passwd takes no arguments.', USAGE);
    if (ctx.global.keychain) throw usageError('passwd needs the current master password, not --keychain.', USAGE);
    const old = await ctx.readSecret('current master password');
    const session = await openVault(ctx.global.vault, old);
    let dropped: string[];
    try {
      const next = await ctx.readSecret('new master password');
      checkNewMasterPassword(next, ctx.options[ALLOW_WEAK_PASSWORD] === true, 'nothing was changed');
      if (!ctx.global.passwordStdin && ctx.io.stdinIsTTY) {
        const again = await ctx.readSecret('new master password again');
        if (again !== next) throw new AppError('USAGE', 'The two new passwords differ; nothing was changed.');
      }
      const deviceKey = await deviceKeyIfOn(ctx, session);
      try {
        ({ dropped } = await session.changeMasterPassword(old, next, deviceKey === null ? {} : { rewrap: new Map([[KEYCHAIN_WRAP, deviceKey]]) }));
      } finally {
        deviceKey?.fill(0);
      }
    } finally {
      session.lock();
    }
    const quickUnlockOff = dropped.includes(KEYCHAIN_WRAP);
    ctx.print({ changed: true, keyRotated: true, quickUnlockTurnedOff: quickUnlockOff }, () =>
      [
        'Master password changed, with a new vault key: the old password cannot read anything saved from now on.',
        'Copies of the vault made before the change (your own backups, synced copies) still open with the old password.',
        ...(quickUnlockOff ? ['Quick unlock is off (the keychain did not answer); turn it on again with `apppass keychain enable`.'] : []),
      ].join('\n'),
    );
  },
};
