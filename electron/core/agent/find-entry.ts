import type { EntrySummary } from '../../contract/calls/vault.ts';
import { AppError } from '../errors/index.ts';
import type { Candidate } from './protocol.ts';

/** The answer to a query: one entry, or the candidates (never secrets) when several match. */
export type FindResult = { kind: 'one'; entry: EntrySummary } | { kind: 'several'; candidates: Candidate[] };

/** Most candidates listed in an AMBIGUOUS answer. */
export const CANDIDATES_MAX = 20;

function candidateOf(e: EntrySummary): Candidate {
  return { id: e.id, account: e.account, label: e.label, provider: e.provider };
}

/**
 * Finds the entry a query names (docs/cli.md, `apppass get`): an entry id; else "account/label"
 * (split at the first "/"); else an account. Accounts and labels compare case-insensitively.
 * Entries marked revoked are skipped unless named by id. NOT_FOUND when nothing matches.
 */
export function findEntry(entries: readonly EntrySummary[], query: string): FindResult {
  const byId = entries.find((e) => e.id === query);
  if (byId !== undefined) return { kind: 'one', entry: byId };
  const wanted = query.toLowerCase();
  const slash = wanted.indexOf('/');
  const account = slash === -1 ? wanted : wanted.slice(0, slash);
  const label = slash === -1 ? null : wanted.slice(slash + 1);
  const matches = entries.filter((e) => e.revoked === null && e.account.toLowerCase() === account && (label === null || e.label.toLowerCase() === label));
  if (matches.length === 1) return { kind: 'one', entry: matches[0] as EntrySummary };
  if (matches.length > 1) return { kind: 'several', candidates: matches.slice(0, CANDIDATES_MAX).map(candidateOf) };
  throw new AppError('NOT_FOUND', `No entry matches "${query}" (an entry id, an account, or account/label).`, { details: { subject: 'entry', query } });
}

/** AMBIGUOUS: several entries match; `candidates` (never secrets) are listed beside the message. */
export class AmbiguousQueryError extends AppError {
  constructor(
    query: string,
    readonly candidates: Candidate[],
  ) {
    super('AMBIGUOUS', `${candidates.length} entries match "${query}".`, { details: { query, count: candidates.length } });
  }
}

/** The entry a query names, or AmbiguousQueryError / NOT_FOUND. */
export function findOneEntry(entries: readonly EntrySummary[], query: string): EntrySummary {
  const found = findEntry(entries, query);
  if (found.kind === 'several') throw new AmbiguousQueryError(query, found.candidates);
  return found.entry;
}
