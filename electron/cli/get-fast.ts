import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AGENT_FIELDS, type AgentField } from '../contract/limits.ts';
import { localAgentSocket } from '../core/agent/listen-private.ts';
import { keepSecretsOutOfCoreDumps } from '../core/platform/core-dumps.ts';
import { defaultVaultPath } from '../core/platform/default-vault-path.ts';
import { getThroughAgent } from './agent-get.ts';

/**
 * `apppass get` through a running agent, without loading the full CLI (bin/apppass.mjs runs this
 * first; docs/benchmarks.md, "apppass get"). Resolves to the exit code, or null when the full CLI
 * must run instead: another command, options this path does not know, --help, or no agent serving.
 */
export async function getFast(argv: readonly string[]): Promise<number | null> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { vault: { type: 'string' }, json: { type: 'boolean' }, field: { type: 'string', short: 'f' } },
      allowPositionals: true,
      strict: true,
    });
  } catch {
    return null;
  }
  const { values, positionals } = parsed;
  const field = values.field ?? 'password';
  if (positionals.length !== 2 || positionals[0] !== 'get' || positionals[1] === '' || !(AGENT_FIELDS as readonly string[]).includes(field)) return null;
  keepSecretsOutOfCoreDumps(); // before the agent's answer is in memory (M4), as electron/cli/main.ts does
  const env = process.env;
  const home = homedir();
  const vault = values.vault !== undefined && values.vault !== '' ? resolve(process.cwd(), values.vault) : defaultVaultPath(env, process.platform, home);
  const platformDefault = defaultVaultPath({ ...env, APPPASS_VAULT: '' }, process.platform, home);
  const io = { writeOut: (text: string) => void process.stdout.write(text), writeErr: (text: string) => void process.stderr.write(text) };
  const outcome = await getThroughAgent(
    localAgentSocket(env).path,
    { query: positionals[1] as string, field: field as AgentField, json: values.json === true, vault: vault === platformDefault ? null : vault },
    io,
    process.pid,
  );
  return outcome.done ? outcome.code : null;
}
