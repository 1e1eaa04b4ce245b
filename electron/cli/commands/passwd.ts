import { AppError } from '../../core/errors/index.ts';
import type { Command, CommandContext } from '../command.ts';
import { isKeychainWrap, keychainWrapKind, openVault, type VaultSession } from '../../core/vault/index.ts';
import { usageError } from '../args.ts';
import { ALLOW_WEAK_PASSWORD, checkNewMasterPassword, NEW_PASSWORD_HELP } from '../new-master-password.ts';

const USAGE = 'apppass passwd [--allow-weak-password]   (old password: line 1, new password: line 2)';

/** The keychain's device key when quick unlock is on and the keychain answers; null otherwise. */
async function deviceKeyIfOn(ctx: CommandContext, session: VaultSession): Promise<Buffer | null> {
  if (!session.keyWraps().some(isKeychainWrap)) return null;
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
    let quickUnlockOff = false;
    try {
      const next = await ctx.readSecret('new master password');
      checkNewMasterPassword(next, ctx.options[ALLOW_WEAK_PASSWORD] === true, 'nothing was changed');
      if (!ctx.global.passwordStdin && ctx.io.stdinIsTTY) {
        const again = await ctx.readSecret('new master password again');
        if (again !== next) throw new AppError('USAGE', 'The two new passwords differ; nothing was changed.');
      }
      // This computer's quick unlock is re-made under the new key with its device key; other
      // computers' wraps cannot be (their device keys are in their keychains) and are dropped.
      const own = keychainWrapKind(await session.deviceId());
      const hadOwn = session.keyWraps().includes(own);
      const deviceKey = await deviceKeyIfOn(ctx, session);
      try {
        ({ dropped } = await session.changeMasterPassword(old, next, deviceKey === null ? {} : { rewrap: new Map([[own, deviceKey]]) }));
      } finally {
        deviceKey?.fill(0);
      }
      quickUnlockOff = hadOwn && !session.keyWraps().includes(own);
    } finally {
      session.lock();
    }
    const otherComputers = dropped.filter((kind) => isKeychainWrap(kind)).length;
    ctx.print({ changed: true, keyRotated: true, quickUnlockTurnedOff: quickUnlockOff, quickUnlockOffOnOtherComputers: otherComputers }, () =>
      [
        'Master password changed, with a new vault key: the old password cannot read anything saved from now on.',
        'Copies of the vault made before the change (your own backups, synced copies) still open with the old password.',
        ...(quickUnlockOff ? ['Quick unlock is off (the keychain did not answer); turn it on again with `apppass keychain enable`.'] : []),
        ...(otherComputers > 0
          ? [`Quick unlock on ${otherComputers === 1 ? 'the other computer' : `the ${otherComputers} other computers`} that had it asks for the new master password once; turn it on there again with \`apppass keychain enable\` (or in Settings).`]
          : []),
      ].join('\n'),
    );
  },
};
