import { AGENT_FIELDS, type AgentField } from '../../contract/calls/agent.ts';
import { localAgentSocket } from '../../core/agent/listen-private.ts';
import { AmbiguousQueryError, callerOfProcess, entryField, findOneEntry, sameProgram } from '../../core/agent/index.ts';
import { AppError, isAppError, toErrorPayload } from '../../core/errors/index.ts';
import { defaultVaultPath } from '../../core/platform/default-vault-path.ts';
import { isKeychainWrap, openVault, readVaultInfo, type VaultSession } from '../../core/vault/index.ts';
import { getThroughAgent, printGetError, printValue, type GetInput } from '../agent-get.ts';
import type { Command, CommandContext } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import { usageError } from '../args.ts';

const USAGE = `apppass get QUERY [--field ${AGENT_FIELDS.join('|')}] [--json]   (QUERY: an entry id, an account, or account/label)`;

/** What `apppass get` says when it can neither reach an agent nor ask for the master password. */
export const NO_AGENT_WORDS =
  'No AppPass agent is running, and there is no terminal to ask for the master password. Start one: turn on ' +
  'Settings → "Give app passwords to mail tools" in the app and keep the vault unlocked, or run `apppass agent` (master password on stdin, or --keychain). ' +
  'Or give the master password on stdin with --password-stdin.';

/** Parses QUERY and --field; USAGE when they are missing or unknown. */
export function getInputOf(ctx: CommandContext, usage: string): Omit<GetInput, 'json' | 'vault'> {
  if (ctx.args.length !== 1 || ctx.args[0] === '') throw usageError('Give exactly one QUERY.', usage);
  const field = ctx.options['field'] ?? 'password';
  if (typeof field !== 'string' || !(AGENT_FIELDS as readonly string[]).includes(field)) throw usageError(`Unknown field "${String(field)}".`, usage);
  return { query: ctx.args[0] as string, field: field as AgentField };
}

/**
 * The vault the user named (--vault or APPPASS_VAULT), which the agent must be serving; null (any
 * vault the agent serves) when it is the platform's default path: the app may have another file open.
 */
export function namedVault(ctx: CommandContext): string | null {
  const platformDefault = defaultVaultPath({ ...ctx.io.env, APPPASS_VAULT: '' }, ctx.io.platform, ctx.io.home);
  return ctx.global.vault === platformDefault ? null : ctx.global.vault;
}

async function hasKeychainWrap(path: string): Promise<boolean> {
  try {
    return (await readVaultInfo(path)).wraps.some(isKeychainWrap);
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') return false;
    throw error;
  }
}

/**
 * Opens the vault without an agent: --password-stdin reads stdin; else the keychain (when the vault
 * has quick unlock, or with --keychain); else a hidden prompt on a terminal. Never reads a stdin that
 * is not a terminal unasked: no terminal and no keychain is AGENT_UNAVAILABLE (exit 6).
 */
export async function unlockHere(ctx: CommandContext): Promise<VaultSession> {
  const { global, io } = ctx;
  if (global.passwordStdin) return openVault(global.vault, await ctx.readSecret('master password'));
  let keychainWords = '';
  if (global.keychain || (await hasKeychainWrap(global.vault))) {
    try {
      const { createOsKeychainStore, openWithKeychain } = await import('../../core/keychain/index.ts');
      return await openWithKeychain(global.vault, createOsKeychainStore(io.platform));
    } catch (error) {
      if (global.keychain || !isAppError(error)) throw error;
      keychainWords = ` (Quick unlock did not work: ${error.code}.)`;
    }
  }
  if (io.stdinIsTTY) return openVault(global.vault, await io.promptHidden('Master password: '));
  throw new AppError('AGENT_UNAVAILABLE', `${NO_AGENT_WORDS}${keychainWords}`, { details: { reason: 'no-agent-no-terminal' } });
}

/** Finds the entry in an open session and logs what was given to whom (the program that ran apppass). */
export async function serveHere(session: VaultSession, query: string, fields: readonly AgentField[]): Promise<string[]> {
  const entry = session.get(findOneEntry(session.list(), query).id);
  const values = fields.map((field) => entryField(entry, field));
  const caller = (await callerOfProcess(process.pid)).name;
  session.markServed(entry.id, caller, (previous) => sameProgram(previous, caller));
  await session.save();
  return values;
}

export const getCommand: Command = {
  name: 'get',
  summary: 'Print one field of one entry (the app password by default), from the agent or by unlocking.',
  usage: USAGE,
  options: { field: { type: 'string', short: 'f' } },
  async run(ctx) {
    const input: GetInput = { ...getInputOf(ctx, USAGE), json: ctx.global.json, vault: namedVault(ctx) };
    const viaAgent = await getThroughAgent(localAgentSocket(ctx.io.env).path, input, ctx.io, process.pid);
    if (viaAgent.done) return viaAgent.code;
    const session = await unlockHere(ctx);
    try {
      const [value] = await serveHere(session, input.query, [input.field]);
      printValue(ctx.io, input, value as string);
      return EXIT.OK;
    } catch (error) {
      if (!(error instanceof AmbiguousQueryError)) throw error;
      return printGetError(ctx.io, input.json, toErrorPayload(error), error.candidates);
    } finally {
      session.lock();
    }
  },
};
