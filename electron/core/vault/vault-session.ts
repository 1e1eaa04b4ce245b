import { randomUUID } from 'node:crypto';
import {
  ACTIVITY_LOG_MAX,
  entryInputSchema,
  entryPatchSchema,
  entrySchema,
  type ActivityEvent,
  type Entry,
  type EntryInput,
  type EntryPatch,
  type EntrySummary,
  type HistoryItem,
  type MergeReport,
  type VaultDevice,
} from '../../contract/calls/vault.ts';
import { AGENT_VAULT_STATE_DEFAULT, agentVaultStateSchema, type AgentVaultState } from '../../contract/calls/agent.ts';
import { AppError } from '../errors/index.ts';
import type { KdfParams } from '../kdf/index.ts';
import { digestOf } from './format/layout.ts';
import type { VaultHeader } from './format/header.ts';
import type { VaultBody } from './model/body.ts';
import { settingsPatchSchema, type VaultSettings } from '../../contract/calls/vault.ts';
import { changedPasswordHeader, checkMasterPassword, kdfParamsOf, withKeyWrap, withoutKeyWrap, type PasswordChange } from './key-wraps.ts';
import { SearchIndex } from './search-index.ts';
import { saveVaultFile, type SaveOptions } from './storage/save-vault-file.ts';
import { encodeVault } from './encode-vault.ts';
import { SessionSync } from './session-sync.ts';
import type { OpenCopy } from '../sync/copy-merge.ts';
import type { LocalDevice } from '../sync/local-changes.ts';
import { readVaultFile } from './storage/read-regular-file.ts';

export type Clock = () => Date;

function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `No entry with id ${id}.`, { details: { id, subject: 'entry' } });
}

function usage(message: string): AppError {
  return new AppError('USAGE', message);
}

/**
 * The entry without its secret. Spelled out field by field: `{ secret, ...rest }` costs about 20×
 * as much (a runtime call per object), and a broad search builds 10,000 of these.
 */
function summaryOf(e: Entry): EntrySummary {
  const summary: EntrySummary = {
    id: e.id,
    provider: e.provider,
    account: e.account,
    label: e.label,
    created: e.created,
    updated: e.updated,
    lastCopied: e.lastCopied,
    revoked: e.revoked,
    notes: e.notes,
    tags: e.tags,
    favourite: e.favourite,
  };
  if (e.server !== undefined) summary.server = e.server;
  if (e.trashedAt != null) summary.trashedAt = e.trashedAt;
  if (e.signIn !== undefined) summary.signIn = e.signIn;
  if (e.devices !== undefined) summary.devices = e.devices;
  if (e.revokedReason != null) summary.revokedReason = e.revokedReason;
  return summary;
}

/** Not in the trash. */
function isLive(entry: Entry): boolean {
  return entry.trashedAt == null;
}

function copyEntry(entry: Entry): Entry {
  return structuredClone(entry);
}

/**
 * An unlocked vault. Changes are made in memory; `save()` writes them (atomically, one writer,
 * refusing to overwrite a file someone else changed). `lock()` zeroes the vault key and forgets the
 * entries; every later call throws LOCKED.
 */
export class VaultSession {
  readonly path: string;
  private header: VaultHeader;
  private vaultKey: Buffer | null;
  private body: VaultBody;
  private digest: Buffer;
  private readonly now: Clock;
  private readonly byId = new Map<string, Entry>();
  private readonly index = new SearchIndex(() => this.byId.values());
  private dirty = false;
  private saving: Promise<void> = Promise.resolve();
  /** Vault format 3: clocks, merges of copies, devices, review (session-sync.ts). */
  private readonly sync: SessionSync;

  /** @internal Use createVault / openVault / openVaultWithKey. */
  constructor(init: { path: string; header: VaultHeader; vaultKey: Buffer; body: VaultBody; digest: Buffer; now: Clock; dirty?: boolean; device?: LocalDevice }) {
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

  private key(): Buffer {
    if (this.vaultKey === null) throw new AppError('LOCKED', 'The vault is locked. Unlock it with the master password first.');
    return this.vaultKey;
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  private log(action: ActivityEvent['action'], entryId: string, caller?: string): void {
    this.body.activity.push(caller === undefined ? { at: this.stamp(), action, entryId } : { at: this.stamp(), action, entryId, caller });
    if (this.body.activity.length > ACTIVITY_LOG_MAX) this.body.activity.splice(0, this.body.activity.length - ACTIVITY_LOG_MAX);
    this.dirty = true;
  }

  private entry(id: string): Entry {
    this.key();
    const entry = this.byId.get(id);
    if (entry === undefined) throw notFound(id);
    this.sync.willChange(entry);
    return entry;
  }

  get isLocked(): boolean {
    return this.vaultKey === null;
  }

  get vaultId(): string {
    return this.header.vaultId;
  }

  /** True when there are changes that `save()` has not written yet. */
  get hasUnsavedChanges(): boolean {
    return this.dirty;
  }

  /** Argon2id parameters of the password wrap. */
  kdfParams(): KdfParams {
    return kdfParamsOf(this.header);
  }

  /** When the master password last opened (or created) the vault, ISO time. */
  masterPasswordLastUsedAt(): string {
    this.key();
    return this.body.meta.masterPasswordLastUsedAt;
  }

  /** @internal Called by openVault after a successful master-password open. */
  touchMasterPassword(): void {
    this.body.meta.masterPasswordLastUsedAt = this.stamp();
    this.dirty = true;
  }

  /** Every entry not in the trash, without its secret, in the order they were added. */
  list(): EntrySummary[] {
    this.key();
    return this.body.entries.filter(isLive).map(summaryOf);
  }

  /** Entries in the trash, without their secrets, most recently trashed first. */
  trashed(): EntrySummary[] {
    this.key();
    return this.body.entries
      .filter((e) => !isLive(e))
      .sort((a, b) => (b.trashedAt ?? '').localeCompare(a.trashedAt ?? ''))
      .map(summaryOf);
  }

  /**
   * Ids of entries (not revoked) that hold the same app password, in groups of two or more: one
   * app password used on several devices. Compared here, in memory; no secret leaves the session.
   */
  sharedSecretGroups(): string[][] {
    this.key();
    const bySecret = new Map<string, string[]>();
    for (const entry of this.body.entries) {
      if (entry.revoked !== null || !isLive(entry)) continue;
      const ids = bySecret.get(entry.secret);
      if (ids) ids.push(entry.id);
      else bySecret.set(entry.secret, [entry.id]);
    }
    return [...bySecret.values()].filter((ids) => ids.length > 1);
  }

  /** Entries whose account, label or provider contains `query`, case-insensitive; secrets left out. */
  search(query: string): EntrySummary[] {
    this.key();
    if (query.trim() === '') return this.list();
    return this.index
      .match(query)
      .map((id) => this.byId.get(id) as Entry)
      .filter(isLive)
      .map(summaryOf);
  }

  /** One entry, secret included (not logged; use `reveal` when a person is shown the secret). */
  get(id: string): Entry {
    return copyEntry(this.sync.shown(this.body, this.entry(id)));
  }

  /** Earlier values of one entry, newest first, with those waiting for review; logged as 'revealed'. */
  history(id: string): HistoryItem[] {
    const entry = this.sync.shown(this.body, this.entry(id));
    this.log('revealed', id);
    return structuredClone(entry.history ?? []);
  }

  /** Entries with earlier values waiting for review (merge conflicts), and how many each. */
  toReview(): Array<{ id: string; count: number }> {
    this.key();
    return this.sync.toReview(this.body);
  }

  /** Marks the earlier values of one entry reviewed; `save()` writes it. */
  markReviewed(id: string): EntrySummary {
    const entry = this.entry(id);
    if (this.sync.markReviewed(this.body, entry, this.stamp()) > 0) this.dirty = true;
    return summaryOf(entry);
  }

  /** The computers that have written this vault, most recent first. */
  devices(): VaultDevice[] {
    this.key();
    return this.sync.devices(this.body);
  }

  /** True when the vault file on disk is no longer the version this session loaded or last saved. */
  async fileChangedOnDisk(): Promise<boolean> {
    const bytes = await readVaultFile(this.path).catch(() => null);
    return bytes !== null && !digestOf(bytes).equals(this.digest);
  }

  /** What the last merge did (a save over a changed file, or mergeFile), or null. */
  get lastMergeReport(): MergeReport | null {
    return this.sync.lastReport;
  }

  private opened(): OpenCopy {
    return { header: this.header, vaultKey: this.key(), body: SessionSync.synced(this.body) };
  }

  /** Takes a merge result as the session's vault (the key too, when the copy's password was newer). */
  private adopt(merged: OpenCopy): void {
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

  /**
   * Merges the copy of this vault at `path` into the session (not saved: call `save()`). A copy
   * under another master password needs `askPassword`; the result keeps the newest password.
   */
  async mergeFile(path: string, askPassword?: () => Promise<string>): Promise<MergeReport> {
    // Changes not saved yet get their stamps first, so the merge weighs them like any other write.
    await this.sync.stamp(this.body, this.header, this.now());
    const merged = await this.sync.mergeFile(path, this.opened(), askPassword);
    this.adopt(merged);
    if (merged.vaultKey !== this.vaultKey) merged.vaultKey.fill(0); // adopt kept a copy
    this.dirty = true;
    return merged.report;
  }

  add(input: EntryInput): Entry {
    this.key();
    const parsed = entryInputSchema.safeParse(input);
    if (!parsed.success) throw usage(`The entry is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'entry'}: ${i.message}`).join('; ')}.`);
    const at = this.stamp();
    const entry: Entry = {
      id: randomUUID(),
      ...parsed.data,
      ...(parsed.data.server === undefined ? {} : { server: parsed.data.server }),
      created: at,
      updated: at,
      lastCopied: null,
      revoked: null,
    };
    if (entry.server === undefined) delete entry.server;
    this.body.entries.push(entry);
    this.byId.set(entry.id, entry);
    this.index.set(entry);
    this.log('created', entry.id);
    return copyEntry(entry);
  }

  update(id: string, patch: EntryPatch): Entry {
    const entry = this.entry(id);
    const parsed = entryPatchSchema.safeParse(patch);
    if (!parsed.success) throw usage(`The change is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'patch'}: ${i.message}`).join('; ')}.`);
    const { server, revoked, ...fields } = parsed.data;
    for (const [name, value] of Object.entries(fields)) {
      if (value !== undefined) (entry as Record<string, unknown>)[name] = value;
    }
    if (server === null) delete entry.server;
    else if (server !== undefined) entry.server = server;
    if (revoked !== undefined) entry.revoked = revoked ? (entry.revoked ?? this.stamp()) : null;
    if (entry.revoked === null) delete entry.revokedReason;
    entry.updated = this.stamp();
    this.index.set(entry);
    this.log('changed', id);
    return copyEntry(entry);
  }

  /**
   * Moves one entry to the trash (it stays in the vault, hidden from lists, until the trash is
   * emptied) and returns it; `restoreFromTrash` undoes this. Others stay.
   */
  remove(id: string): Entry {
    const entry = this.entry(id);
    if (!isLive(entry)) return copyEntry(entry);
    entry.trashedAt = this.stamp();
    this.log('removed', id);
    return copyEntry(entry);
  }

  /** Takes an entry out of the trash, as it was. */
  restoreFromTrash(id: string): Entry {
    const entry = this.entry(id);
    if (isLive(entry)) throw usage('That entry is not in the trash; nothing to restore.');
    delete entry.trashedAt;
    this.log('restored', id);
    return copyEntry(entry);
  }

  /** Removes entries in the trash for good: the one given, or all of them. Returns how many. */
  emptyTrash(id?: string): number {
    this.key();
    const gone = this.body.entries.filter((e) => !isLive(e) && (id === undefined || e.id === id));
    if (id !== undefined && gone.length === 0) throw usage('That entry is not in the trash.');
    for (const entry of gone) {
      this.body.entries.splice(this.body.entries.indexOf(entry), 1);
      this.byId.delete(entry.id);
      this.index.delete(entry.id);
    }
    if (gone.length > 0) this.dirty = true;
    return gone.length;
  }

  /**
   * Records what a sign-in test or a revocation found, without counting as an edit (the "Changed"
   * date stays). Only the lifecycle fields can be set here.
   */
  recordLifecycle(id: string, change: { signIn?: NonNullable<Entry['signIn']>; revoked?: { at: string; reason: NonNullable<Entry['revokedReason']> } }): Entry {
    const entry = this.entry(id);
    if (change.signIn !== undefined) entry.signIn = { ...change.signIn };
    if (change.revoked !== undefined) {
      entry.revoked = entry.revoked ?? change.revoked.at;
      entry.revokedReason = change.revoked.reason;
      this.log('changed', id);
    }
    this.dirty = true;
    return copyEntry(entry);
  }

  /** Puts a removed entry back with its id and history (undo of `remove`: a trashed entry comes out of the trash). */
  restore(entry: Entry): Entry {
    this.key();
    const parsed = entrySchema.safeParse(entry);
    if (!parsed.success) throw usage('The entry to restore is not a valid AppPass entry.');
    const existing = this.byId.get(parsed.data.id);
    if (existing !== undefined && !isLive(existing)) return this.restoreFromTrash(existing.id);
    if (existing !== undefined) throw usage(`An entry with id ${parsed.data.id} already exists; nothing to restore.`);
    const restored = copyEntry(parsed.data);
    this.body.entries.push(restored);
    this.byId.set(restored.id, restored);
    this.index.set(restored);
    this.log('restored', restored.id);
    return copyEntry(restored);
  }

  /** Records that the secret was copied (the clipboard code calls this). */
  markCopied(id: string): Entry {
    const entry = this.entry(id);
    entry.lastCopied = this.stamp();
    this.log('copied', id);
    return copyEntry(entry);
  }

  /** The secret of one entry, for showing it to a person; logged as 'revealed'. */
  reveal(id: string): string {
    const entry = this.entry(id);
    this.log('revealed', id);
    return entry.secret;
  }

  /** Records that the agent gave a field of this entry to `caller` (the program, never the value). */
  markServed(id: string, caller: string, sameCaller: (previous: string) => boolean = (previous) => previous === caller): void {
    this.entry(id);
    // A mail tool polling every minute must not push everything else out of the log: answers in a
    // row to the same caller for the same entry become one event with a count.
    const last = this.body.activity.at(-1);
    if (last?.action === 'served' && last.entryId === id && last.caller !== undefined && sameCaller(last.caller)) {
      last.at = this.stamp();
      last.caller = caller;
      last.count = Math.min((last.count ?? 1) + 1, 1_000_000_000);
      this.dirty = true;
      return;
    }
    this.log('served', id, caller);
  }

  /** The agent's setting and "always" approvals. */
  agentState(): AgentVaultState {
    this.key();
    return structuredClone(this.body.agent ?? AGENT_VAULT_STATE_DEFAULT);
  }

  /** Replaces the agent's state (checked); `save()` writes it. */
  setAgentState(state: AgentVaultState): void {
    this.key();
    this.body.agent = agentVaultStateSchema.parse(state);
    this.dirty = true;
  }

  settings(): VaultSettings {
    this.key();
    return { ...this.body.settings };
  }

  updateSettings(patch: Partial<VaultSettings>): VaultSettings {
    this.key();
    const parsed = settingsPatchSchema.safeParse(patch);
    if (!parsed.success) throw usage(`The settings are not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}.`);
    for (const [name, value] of Object.entries(parsed.data)) {
      if (value !== undefined) (this.body.settings as Record<string, unknown>)[name] = value;
    }
    this.dirty = true;
    return this.settings();
  }

  /** The activity log, oldest first (never holds a secret). */
  activity(): ActivityEvent[] {
    this.key();
    return this.body.activity.map((e) => ({ ...e }));
  }

  /** Kinds of the key wraps in the header, e.g. ['password', 'keychain']. */
  keyWraps(): string[] {
    return this.header.wraps.map((w) => w.kind);
  }

  /** Adds (or replaces) a wrap of the vault key under `wrappingKey` (32 bytes) and saves. */
  async addKeyWrap(kind: string, wrappingKey: Buffer): Promise<void> {
    this.header = withKeyWrap(this.header, kind, wrappingKey, this.key());
    this.dirty = true;
    await this.save();
  }

  /** Removes the wrap of `kind` (never the password wrap) and saves. Returns whether there was one. */
  async removeKeyWrap(kind: string): Promise<boolean> {
    this.key();
    const next = withoutKeyWrap(this.header, kind);
    if (next === null) return false;
    this.header = next;
    this.dirty = true;
    await this.save();
    return true;
  }

  /** WRONG_PASSWORD unless `password` is the master password: a fresh proof before a plaintext export. */
  async verifyMasterPassword(password: string): Promise<void> {
    await checkMasterPassword(this.header, password, this.key());
  }

  /**
   * Changes the master password (see changedPasswordHeader): by default a new vault key, so the old
   * password with an earlier copy or the old `.bak` cannot read anything saved from now on; the body
   * is re-encrypted and `PATH.bak` becomes the new file. Returns the kinds of wraps dropped (no key
   * given in `change.rewrap`). WRONG_PASSWORD if `oldPassword` is wrong; nothing changes then.
   */
  async changeMasterPassword(oldPassword: string, newPassword: string, change: PasswordChange = {}): Promise<{ dropped: string[] }> {
    // Merge what other computers saved first, under the current key: after the change this session
    // could no longer read a file written under the old one.
    await this.save();
    const key = this.key();
    const next = await changedPasswordHeader(this.header, key, oldPassword, newPassword, change);
    const before = { header: this.header, vaultKey: key, at: this.body.meta.masterPasswordLastUsedAt };
    this.header = next.header;
    this.vaultKey = next.vaultKey;
    this.touchMasterPassword();
    try {
      await this.save({ backupIsNew: change.keepKey !== true });
    } catch (error) {
      next.vaultKey.fill(0);
      this.header = before.header;
      this.vaultKey = before.vaultKey;
      this.body.meta.masterPasswordLastUsedAt = before.at;
      throw error;
    }
    key.fill(0);
    return { dropped: next.dropped };
  }

  /** Writes the vault (see docs/vault-format.md, "Saving"). Saves are serialised within the session. */
  save(options: SaveOptions = {}): Promise<void> {
    const run = this.saving.then(async () => {
      // What this save writes, taken now: a lock() while it runs zeroes the session's key and drops
      // its entries, but the save still writes the vault as it was (and zeroes its own key copy).
      const local: OpenCopy = { header: this.header, vaultKey: Buffer.from(this.key()), body: SessionSync.synced(this.body) };
      let written: { bytes: Buffer; header: VaultHeader } | null = null;
      let merged: OpenCopy | null = null;
      // Under the write lock: stamp this session's changes after reading the file on disk, and if
      // that file changed since it was loaded, merge it (read-merge-write) instead of overwriting it.
      const reconcile = async (changedFile: Buffer | null): Promise<Buffer> => {
        const disk = changedFile === null ? null : await this.sync.openDisk(changedFile, this.path, local);
        await this.sync.stamp(local.body, local.header, this.now(), disk?.body.sync.known);
        if (disk === null) {
          written = encodeVault(local.header, local.vaultKey, local.body);
        } else {
          merged = this.sync.merge(local, disk, []);
          written = encodeVault(merged.header, merged.vaultKey, merged.body);
          if (disk.vaultKey !== local.vaultKey && disk.vaultKey !== merged.vaultKey) disk.vaultKey.fill(0);
        }
        return written.bytes;
      };
      const wasDirty = this.dirty;
      this.dirty = false;
      try {
        await saveVaultFile(this.path, null, this.digest, { ...options, reconcile });
      } catch (error) {
        this.dirty = this.dirty || wasDirty;
        throw error;
      } finally {
        if (this.vaultKey === null) local.vaultKey.fill(0);
      }
      const done = written as { bytes: Buffer; header: VaultHeader } | null;
      const result = merged as OpenCopy | null;
      if (done === null || this.vaultKey === null) {
        result?.vaultKey.fill(0);
        local.vaultKey.fill(0);
        return;
      }
      if (result !== null) this.adopt(result);
      if (result !== null && result.vaultKey !== local.vaultKey) result.vaultKey.fill(0);
      local.vaultKey.fill(0);
      this.header = done.header;
      this.digest = digestOf(done.bytes);
      this.sync.written(this.body);
    });
    this.saving = run.catch(() => undefined);
    return run;
  }

  /** Resolves once every save started so far has finished (successfully or not). */
  whenSaved(): Promise<void> {
    return this.saving;
  }

  /** Zeroes the vault key and forgets the entries. Further calls throw LOCKED. */
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
