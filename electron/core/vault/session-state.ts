import type { z } from 'zod';
import { ACTIVITY_LOG_MAX, type ActivityEvent, type Entry } from '../../contract/calls/vault.ts';
import { AppError } from '../errors/index.ts';
import type { VaultHeader } from './format/header.ts';
import type { VaultBody } from './model/body.ts';
import { SearchIndex } from './search-index.ts';
import { SessionSync } from './session-sync.ts';
import type { OpenCopy } from '../sync/copy-merge.ts';
import type { LocalDevice } from '../sync/local-changes.ts';

export type Clock = () => Date;

export interface SessionInit {
  path: string;
  header: VaultHeader;
  vaultKey: Buffer;
  body: VaultBody;
  digest: Buffer;
  now: Clock;
  dirty?: boolean;
  device?: LocalDevice;
}

export function usage(message: string): AppError {
  return new AppError('USAGE', message);
}

/** The failing fields of an entry, change or settings given to the session, with zod's words (`whole` names the input itself). */
export function issuesText(issues: readonly z.core.$ZodIssue[], whole: string): string {
  return issues.map((i) => `${i.path.join('.') || whole}: ${i.message}`).join('; ');
}

function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `No entry with id ${id}.`, { details: { id, subject: 'entry' } });
}

/**
 * What an unlocked vault holds in memory: the header, the vault key, the body and its lookups, and
 * whether there is something to save. VaultSession is the entry point; the session-*.ts files do
 * its jobs over this state.
 */
export class SessionState {
  readonly path: string;
  header: VaultHeader;
  vaultKey: Buffer | null;
  body: VaultBody;
  /** Digest of the file as this session loaded or last saved it. */
  digest: Buffer;
  readonly now: Clock;
  readonly byId = new Map<string, Entry>();
  readonly index = new SearchIndex(() => this.byId.values());
  dirty: boolean;
  /** The save running or last started (saves are serialised within the session). */
  saving: Promise<void> = Promise.resolve();
  /** Vault format 3: clocks, merges of copies, devices, review (session-sync.ts). */
  readonly sync: SessionSync;

  constructor(init: SessionInit) {
    this.path = init.path;
    this.header = init.header;
    this.vaultKey = init.vaultKey;
    this.body = init.body;
    this.digest = init.digest;
    this.now = init.now;
    this.dirty = init.dirty ?? false;
    for (const entry of this.body.entries) this.byId.set(entry.id, entry);
    this.sync = new SessionSync(this.body, this.header, init.device);
  }

  /** The vault key; LOCKED after lock(). */
  key(): Buffer {
    if (this.vaultKey === null) throw new AppError('LOCKED', 'The vault is locked. Unlock it with the master password first.');
    return this.vaultKey;
  }

  stamp(): string {
    return this.now().toISOString();
  }

  /** Appends to the activity log (never a secret), keeping at most ACTIVITY_LOG_MAX events. */
  log(action: ActivityEvent['action'], entryId: string, caller?: string): void {
    this.body.activity.push(caller === undefined ? { at: this.stamp(), action, entryId } : { at: this.stamp(), action, entryId, caller });
    if (this.body.activity.length > ACTIVITY_LOG_MAX) this.body.activity.splice(0, this.body.activity.length - ACTIVITY_LOG_MAX);
    this.dirty = true;
  }

  /** The stored entry (trashed or not) about to be read or changed; NOT_FOUND, LOCKED. */
  entry(id: string): Entry {
    this.key();
    const entry = this.byId.get(id);
    if (entry === undefined) throw notFound(id);
    this.sync.willChange(entry);
    return entry;
  }

  /** Records when the master password last opened the vault. */
  touchMasterPassword(): void {
    this.body.meta.masterPasswordLastUsedAt = this.stamp();
    this.dirty = true;
  }

  /** The session's vault as a copy to merge with. */
  opened(): OpenCopy {
    return { header: this.header, vaultKey: this.key(), body: SessionSync.synced(this.body) };
  }

  /** Takes a merge result as the session's vault (the key too, when the copy's password was newer). */
  adopt(merged: OpenCopy): void {
    if (this.vaultKey === null || !merged.vaultKey.equals(this.vaultKey)) {
      this.vaultKey?.fill(0);
      this.vaultKey = Buffer.from(merged.vaultKey);
    }
    this.header = merged.header;
    this.sync.reset(merged.body, merged.header); // carries over edits made while the merge ran
    this.body = merged.body;
    this.byId.clear();
    for (const entry of this.body.entries) this.byId.set(entry.id, entry);
    this.index.clear();
  }

  /** Zeroes the vault key and forgets the entries. */
  lock(): void {
    this.vaultKey?.fill(0);
    this.vaultKey = null;
    this.byId.clear();
    this.index.clear();
    this.body = { ...this.body, entries: [], activity: [] };
    delete this.body.sync; // deleted entries' values are kept there
    // A save still running needs the change tracking until it has written.
    void this.saving.then(() => this.sync.forget());
  }
}
