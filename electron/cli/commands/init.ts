import { AppError } from '../../core/errors/index.ts';
import { KDF_RECOMMENDED_MIN, type KdfParams } from '../../core/kdf/index.ts';
import { createVault } from '../../core/vault/index.ts';
import type { Command, CommandContext } from '../command.ts';
import { stringOption, usageError } from '../args.ts';
import { ALLOW_WEAK_PASSWORD, checkNewMasterPassword, NEW_PASSWORD_HELP } from '../new-master-password.ts';

const USAGE = 'apppass init [--kdf-memory MIB --kdf-iterations N --kdf-parallelism N] [--allow-weak-password]';

function wholeNumber(ctx: CommandContext, name: string): number | undefined {
  const raw = stringOption(ctx, name);
  if (raw === undefined) return undefined;
  if (!/^[0-9]{1,7}$/.test(raw)) throw usageError(`--${name} needs a whole number.`, USAGE);
  return Number(raw);
}

/** KDF flags → parameters; null (calibrate) when none is given. Missing ones take RFC 9106's 64 MiB/t=3/p=4. */
export function kdfFromFlags(ctx: CommandContext): KdfParams | null {
  const memoryMiB = wholeNumber(ctx, 'kdf-memory');
  const iterations = wholeNumber(ctx, 'kdf-iterations');
  const parallelism = wholeNumber(ctx, 'kdf-parallelism');
  if (memoryMiB === undefined && iterations === undefined && parallelism === undefined) return null;
  return {
    memoryKiB: memoryMiB === undefined ? KDF_RECOMMENDED_MIN.memoryKiB : memoryMiB * 1024,
    iterations: iterations ?? KDF_RECOMMENDED_MIN.iterations,
    parallelism: parallelism ?? KDF_RECOMMENDED_MIN.parallelism,
  };
}

export const initCommand: Command = {
  name: 'init',
  summary: 'Create a new vault (refuses to overwrite one); with no --kdf-* flags the KDF cost is calibrated.',
  usage: USAGE,
  help: NEW_PASSWORD_HELP,
  options: {
    'kdf-memory': { type: 'string' },
    'kdf-iterations': { type: 'string' },
    'kdf-parallelism': { type: 'string' },
    [ALLOW_WEAK_PASSWORD]: { type: 'boolean' },
  },
  async run(ctx) {
    if (ctx.args.length > 0) throw usageError('init takes no arguments.', USAGE);
    const kdf = kdfFromFlags(ctx);
    const password = await ctx.readSecret('new master password');
    checkNewMasterPassword(password, ctx.options[ALLOW_WEAK_PASSWORD] === true, 'no vault was created');
    if (!ctx.global.passwordStdin && ctx.io.stdinIsTTY) {
      const again = await ctx.readSecret('new master password again');
      if (again !== password) throw new AppError('USAGE', 'The two passwords differ; no vault was created. Try again.');
    }
    const session = await createVault(ctx.global.vault, password, { kdf: kdf ?? 'calibrate' });
    const params = session.kdfParams();
    const result = { path: session.path, vaultId: session.vaultId, kdf: { algorithm: 'argon2id', ...params } };
    session.lock();
    ctx.print(
      result,
      () => `Created ${result.path} (Argon2id ${params.memoryKiB / 1024} MiB, t=${params.iterations}, p=${params.parallelism}).`,
    );
  },
};
