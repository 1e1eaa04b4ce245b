import type { KeychainStatus } from '../../contract/calls/keychain.ts';
import { createOsKeychainStore, disableQuickUnlock, enableQuickUnlock, quickUnlockStatus } from '../../core/keychain/index.ts';
import { openVault } from '../../core/vault/index.ts';
import type { Command, CommandContext } from '../command.ts';
import { usageError } from '../args.ts';
import { withVault } from '../vault-access.ts';

const USAGE = [
  'apppass keychain enable    (master password on stdin or at the prompt)',
  '       apppass keychain disable   (opens the vault with the master password, or --keychain)',
  '       apppass keychain status [--json]',
].join('\n');

function describe(status: KeychainStatus): string {
  const lines = [
    `quick unlock: ${status.enabled ? 'on' : 'off'}`,
    `keychain: ${status.backend}, ${status.available ? 'available' : 'NOT available'}`,
    `keychain item: ${status.item}`,
  ];
  if (status.daysLeft !== null) {
    lines.push(
      status.daysLeft > 0
        ? `master password needed in: ${status.daysLeft} day${status.daysLeft === 1 ? '' : 's'} (of ${status.maxDays})`
        : `master password needed: now (more than ${status.maxDays} days since last use)`,
    );
  }
  lines.push(`ready: ${status.ready ? 'yes' : 'no'}`);
  return lines.join('\n');
}

async function enable(ctx: CommandContext): Promise<void> {
  if (ctx.global.keychain) throw usageError('keychain enable needs the master password, not --keychain.', USAGE);
  const store = createOsKeychainStore(ctx.io.platform);
  const password = await ctx.readSecret('master password');
  const session = await openVault(ctx.global.vault, password);
  try {
    await enableQuickUnlock(session, store);
  } finally {
    session.lock();
  }
  const status = await quickUnlockStatus(ctx.global.vault, store);
  ctx.print(status, () => `Quick unlock is on: the key is in the system keychain (${status.backend}).\n${describe(status)}`);
}

async function disable(ctx: CommandContext): Promise<void> {
  const store = createOsKeychainStore(ctx.io.platform);
  const result = await withVault(ctx, (session) => disableQuickUnlock(session, store));
  const status = await quickUnlockStatus(ctx.global.vault, store);
  const itemWords =
    result.item === 'removed'
      ? 'its keychain item was deleted'
      : result.item === 'absent'
        ? 'there was no keychain item'
        : 'the keychain item could not be deleted (keychain unavailable); it no longer opens the vault';
  ctx.print({ ...status, wrapRemoved: result.wrapRemoved, itemRemoved: result.item === 'removed' }, () =>
    `Quick unlock is off${result.wrapRemoved ? '' : ' (it was not on)'}; ${itemWords}.`,
  );
}

async function status(ctx: CommandContext): Promise<void> {
  const value = await quickUnlockStatus(ctx.global.vault, createOsKeychainStore(ctx.io.platform));
  ctx.print(value, () => describe(value));
}

export const keychainCommand: Command = {
  name: 'keychain',
  summary: 'Quick unlock through the OS keychain: enable, disable, status.',
  usage: USAGE,
  options: {},
  async run(ctx) {
    if (ctx.args.length !== 1) throw usageError('Give one of enable, disable, status.', USAGE);
    const action = ctx.args[0];
    if (action === 'enable') return enable(ctx);
    if (action === 'disable') return disable(ctx);
    if (action === 'status') return status(ctx);
    throw usageError(`Unknown keychain action "${action}".`, USAGE);
  },
};
