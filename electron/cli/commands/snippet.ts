import type { AgentField } from '../../contract/calls/agent.ts';
import { localAgentSocket } from '../../core/agent/listen-private.ts';
import { NoAgentError } from '../../core/agent/agent-client.ts';
import { AmbiguousQueryError } from '../../core/agent/find-entry.ts';
import { SNIPPET_NEEDS, SNIPPET_TOOLS, snippetFor, type SnippetFacts, type SnippetServer, type SnippetTool } from '../../core/agent/snippets.ts';
import { AppError, toErrorPayload } from '../../core/errors/index.ts';
import { askForField, printGetError } from '../agent-get.ts';
import type { Command, CommandContext } from '../command.ts';
import { usageError } from '../args.ts';
import { namedVault, serveHere, unlockHere } from './get.ts';

const USAGE = `apppass snippet ${SNIPPET_TOOLS.join('|')} ENTRY   (ENTRY: an entry id, an account, or account/label)`;

/** Asks the agent for each field; null when no agent serves this vault (then the vault is opened here). */
async function fieldsFromAgent(ctx: CommandContext, query: string, fields: readonly AgentField[]): Promise<string[] | null> {
  const socketPath = localAgentSocket(ctx.io.env).path;
  const vault = namedVault(ctx);
  const values: string[] = [];
  for (const field of fields) {
    let answer;
    try {
      answer = await askForField(socketPath, { query, field, vault }, process.pid);
    } catch (error) {
      if (error instanceof NoAgentError) return null;
      throw error;
    }
    if (!answer.ok) {
      if (answer.error.code === 'LOCKED' || answer.error.details?.['reason'] === 'other-vault') return null;
      if (answer.error.candidates !== undefined) throw new AmbiguousQueryError(query, answer.error.candidates);
      throw new AppError(answer.error.code, answer.error.message);
    }
    if (!('value' in answer)) throw new AppError('AGENT_BAD_REQUEST', 'The agent answered a get without a value.');
    values.push(answer.value);
  }
  return values;
}

async function fieldsHere(ctx: CommandContext, query: string, fields: readonly AgentField[]): Promise<string[]> {
  const session = await unlockHere(ctx);
  try {
    return await serveHere(session, query, fields);
  } finally {
    session.lock();
  }
}

const SERVER_FIELDS = (protocol: 'imap' | 'smtp'): AgentField[] => [`${protocol}-host`, `${protocol}-port`, `${protocol}-security`];

function serverOf(values: string[]): SnippetServer {
  const [host, port, security] = values as [string, string, SnippetServer['security']];
  return { host, port: Number(port), security };
}

export const snippetCommand: Command = {
  name: 'snippet',
  summary: 'Print configuration lines for mbsync, msmtp, aerc, neomutt, offlineimap or git send-email, using `apppass get`.',
  usage: USAGE,
  options: {},
  async run(ctx) {
    if (ctx.args.length !== 2) throw usageError('Give a tool and an entry.', USAGE);
    const [tool, query] = ctx.args as [string, string];
    if (!(SNIPPET_TOOLS as readonly string[]).includes(tool)) throw usageError(`Unknown tool "${tool}".`, USAGE);
    const needs = SNIPPET_NEEDS[tool as SnippetTool];
    const fields: AgentField[] = ['id', 'account', 'label', 'user', ...needs.flatMap(SERVER_FIELDS)];
    let values: string[];
    try {
      values = (await fieldsFromAgent(ctx, query, fields)) ?? (await fieldsHere(ctx, query, fields));
    } catch (error) {
      if (!(error instanceof AmbiguousQueryError)) throw error;
      return printGetError(ctx.io, ctx.global.json, toErrorPayload(error), error.candidates);
    }
    const [entryId, account, label, user] = values as [string, string, string, string];
    const servers = values.slice(4);
    const facts: SnippetFacts = {
      entryId,
      account,
      label,
      user,
      imap: needs.includes('imap') ? serverOf(servers.slice(0, 3)) : null,
      smtp: needs.includes('smtp') ? serverOf(servers.slice(needs.indexOf('smtp') * 3, needs.indexOf('smtp') * 3 + 3)) : null,
    };
    const text = snippetFor(tool as SnippetTool, facts);
    ctx.print({ tool, entryId, text }, () => text.trimEnd());
  },
};
