import type { AgentField } from '../../contract/calls/agent.ts';
import type { Entry } from '../../contract/calls/vault.ts';
import { AppError } from '../errors/index.ts';
import { settingsForEntry } from '../providers/index.ts';

type PlainField = Exclude<AgentField, 'password'>;

/**
 * One field of an entry as `apppass get --field` prints it. Server fields come from the entry's
 * own settings, else its provider's catalog (the same settings the wizard and profiles use).
 */
export function entryField(entry: Entry, field: AgentField): string {
  return field === 'password' ? entry.secret : plainField(entry, field);
}

function plainField(entry: Omit<Entry, 'secret'>, field: PlainField): string {
  if (field === 'account') return entry.account;
  if (field === 'id') return entry.id;
  if (field === 'label') return entry.label;
  const { settings } = settingsForEntry(entry);
  if (field === 'user') return settings.incoming.username;
  const [protocol, part] = field.split('-') as ['imap' | 'smtp', 'host' | 'port' | 'security'];
  const server = protocol === 'smtp' ? settings.outgoing : settings.incoming;
  if (server.protocol !== protocol) {
    throw new AppError('NOT_FOUND', `Entry ${entry.id} has no ${protocol.toUpperCase()} server (it uses ${server.protocol.toUpperCase()}).`, { details: { id: entry.id, field } });
  }
  return part === 'host' ? server.host : part === 'port' ? String(server.port) : server.security;
}
