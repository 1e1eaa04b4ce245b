import type { ActivityEvent, Entry, EntryInput, EntryPatch, EntrySummary, HistoryItem, MergeReport, VaultDevice, VaultSettings } from '../../contract/calls/vault.ts';
import type { AgentVaultState } from '../../contract/calls/agent.ts';
import type { KdfParams } from '../kdf/index.ts';
import { summaryOf } from './entry-views.ts';
import { kdfParamsOf, type PasswordChange } from './key-wraps.ts';
import { activityOf, markServed } from './session-activity.ts';
import { addEntry, getEntry, listEntries, markCopied, recordLifecycle, restoreEntry, revealSecret, searchEntries, sharedSecretGroups, updateEntry, type LifecycleRecord } from './session-entries.ts';
import { addKeyWrap, changeMasterPassword, keyWrapsOpenedBy, removeKeyWrap, verifyMasterPassword } from './session-keys.ts';
import { fileChangedOnDisk, mergeFileInto, saveSession } from './session-save.ts';
import { agentStateOf, setAgentState, settingsOf, updateSettings } from './session-settings.ts';
import { SessionState, type SessionInit } from './session-state.ts';
import { emptyTrash, moveToTrash, restoreFromTrash, trashedEntries } from './session-trash.ts';
import type { SaveOptions } from './storage/save-vault-file.ts';

export type { Clock } from './session-state.ts';

/**
 * An unlocked vault. Changes are made in memory; `save()` writes them (atomically, one writer,
 * refusing to overwrite a file someone else changed). `lock()` zeroes the vault key and forgets the
 * entries; every later call throws LOCKED. The one entry point: its jobs live in the session-*.ts
 * files (entries, trash, save and merge, key wraps, settings, activity) over one SessionState.
 */
export class VaultSession {
  private readonly s: SessionState;

  /** @internal Use createVault / openVault / openVaultWithKey. */
  constructor(init: SessionInit) {
    this.s = new SessionState(init);
  }

  get path(): string {
    return this.s.path;
  }

  get isLocked(): boolean {
    return this.s.vaultKey === null;
  }

  get vaultId(): string {
    return this.s.header.vaultId;
  }

  /** True when there are changes that `save()` has not written yet. */
  get hasUnsavedChanges(): boolean {
    return this.s.dirty;
  }

  /** Argon2id parameters of the password wrap. */
  kdfParams(): KdfParams {
    return kdfParamsOf(this.s.header);
  }

  /** When the master password last opened (or created) the vault, ISO time. */
  masterPasswordLastUsedAt(): string {
    this.s.key();
    return this.s.body.meta.masterPasswordLastUsedAt;
  }

  /** @internal Called by openVault after a successful master-password open. */
  touchMasterPassword(): void {
    this.s.touchMasterPassword();
  }

  /** Every entry not in the trash, without its secret, in the order they were added. */
  list(): EntrySummary[] {
    return listEntries(this.s);
  }

  /** Entries in the trash, without their secrets, most recently trashed first. */
  trashed(): EntrySummary[] {
    return trashedEntries(this.s);
  }

  /**
   * Ids of entries (not revoked) that hold the same app password, in groups of two or more: one
   * app password used on several devices. Compared here, in memory; no secret leaves the session.
   */
  sharedSecretGroups(): string[][] {
    return sharedSecretGroups(this.s);
  }

  /** Entries whose account, label or provider contains `query`, case-insensitive; secrets left out. */
  search(query: string): EntrySummary[] {
    return searchEntries(this.s, query);
  }

  /** One entry, secret included (not logged; use `reveal` when a person is shown the secret). */
  get(id: string): Entry {
    return getEntry(this.s, id);
  }

  /** Earlier values of one entry, newest first, with those waiting for review; logged as 'revealed'. */
  history(id: string): HistoryItem[] {
    const entry = this.s.sync.shown(this.s.body, this.s.entry(id));
    this.s.log('revealed', id);
    return structuredClone(entry.history ?? []);
  }

  /** Entries with earlier values waiting for review (merge conflicts), and how many each. */
  toReview(): Array<{ id: string; count: number }> {
    this.s.key();
    return this.s.sync.toReview(this.s.body);
  }

  /** Marks the earlier values of one entry reviewed; `save()` writes it. */
  markReviewed(id: string): EntrySummary {
    const entry = this.s.entry(id);
    if (this.s.sync.markReviewed(this.s.body, entry, this.s.stamp()) > 0) this.s.dirty = true;
    return summaryOf(entry);
  }

  /** The computers that have written this vault, most recent first. */
  devices(): VaultDevice[] {
    this.s.key();
    return this.s.sync.devices(this.s.body);
  }

  /** True when the vault file on disk is no longer the version this session loaded or last saved. */
  fileChangedOnDisk(): Promise<boolean> {
    return fileChangedOnDisk(this.s);
  }

  /** What the last merge did (a save over a changed file, or mergeFile), or null. */
  get lastMergeReport(): MergeReport | null {
    return this.s.sync.lastReport;
  }

  /**
   * Merges the copy of this vault at `path` into the session (not saved: call `save()`). A copy
   * under another master password needs `askPassword`; the result keeps the newest password.
   */
  mergeFile(path: string, askPassword?: () => Promise<string>): Promise<MergeReport> {
    return mergeFileInto(this.s, path, askPassword);
  }

  add(input: EntryInput): Entry {
    return addEntry(this.s, input);
  }

  update(id: string, patch: EntryPatch): Entry {
    return updateEntry(this.s, id, patch);
  }

  /**
   * Moves one entry to the trash (it stays in the vault, hidden from lists, until the trash is
   * emptied) and returns it; `restoreFromTrash` undoes this. Others stay.
   */
  remove(id: string): Entry {
    return moveToTrash(this.s, id);
  }

  /** Takes an entry out of the trash, as it was. */
  restoreFromTrash(id: string): Entry {
    return restoreFromTrash(this.s, id);
  }

  /** Removes entries in the trash for good: the one given, or all of them. Returns how many. */
  emptyTrash(id?: string): number {
    return emptyTrash(this.s, id);
  }

  /**
   * Records what a sign-in test or a revocation found, without counting as an edit (the "Changed"
   * date stays). Only the lifecycle fields can be set here.
   */
  recordLifecycle(id: string, change: LifecycleRecord): Entry {
    return recordLifecycle(this.s, id, change);
  }

  /** Puts a removed entry back with its id and history (undo of `remove`: a trashed entry comes out of the trash). */
  restore(entry: Entry): Entry {
    return restoreEntry(this.s, entry);
  }

  /** Records that the secret was copied (the clipboard code calls this). */
  markCopied(id: string): Entry {
    return markCopied(this.s, id);
  }

  /** The secret of one entry, for showing it to a person; logged as 'revealed'. */
  reveal(id: string): string {
    return revealSecret(this.s, id);
  }

  /** Records that the agent gave a field of this entry to `caller` (the program, never the value). */
  markServed(id: string, caller: string, sameCaller?: (previous: string) => boolean): void {
    markServed(this.s, id, caller, sameCaller);
  }

  /** The agent's setting and "always" approvals. */
  agentState(): AgentVaultState {
    return agentStateOf(this.s);
  }

  /** Replaces the agent's state (checked); `save()` writes it. */
  setAgentState(state: AgentVaultState): void {
    setAgentState(this.s, state);
  }

  settings(): VaultSettings {
    return settingsOf(this.s);
  }

  updateSettings(patch: Partial<VaultSettings>): VaultSettings {
    return updateSettings(this.s, patch);
  }

  /** The activity log, oldest first (never holds a secret). */
  activity(): ActivityEvent[] {
    return activityOf(this.s);
  }

  /** Kinds of the key wraps in the header, e.g. ['password', 'keychain:3f9a8b2c1e4d']. */
  keyWraps(): string[] {
    return this.s.header.wraps.map((w) => w.kind);
  }

  /** This computer's device id (vault format 3; its quick-unlock wrap is `keychain:<id>`). */
  deviceId(): Promise<string> {
    return this.s.sync.deviceId();
  }

  /** Kinds of the wraps (not the password's) that `wrappingKey` opens: no KDF. */
  keyWrapsOpenedBy(wrappingKey: Buffer): string[] {
    return keyWrapsOpenedBy(this.s, wrappingKey);
  }

  /** Adds (or replaces) a wrap of the vault key under `wrappingKey` (32 bytes), removing those in `replacing`, and saves. */
  addKeyWrap(kind: string, wrappingKey: Buffer, replacing: readonly string[] = []): Promise<void> {
    return addKeyWrap(this.s, kind, wrappingKey, replacing);
  }

  /** Removes the wraps of `kinds` (never the password wrap) and saves. Returns whether there was one. */
  removeKeyWrap(kinds: string | readonly string[]): Promise<boolean> {
    return removeKeyWrap(this.s, kinds);
  }

  /** WRONG_PASSWORD unless `password` is the master password: a fresh proof before a plaintext export. */
  verifyMasterPassword(password: string): Promise<void> {
    return verifyMasterPassword(this.s, password);
  }

  /**
   * Changes the master password (see changedPasswordHeader): by default a new vault key, so the old
   * password with an earlier copy or the old `.bak` cannot read anything saved from now on; the body
   * is re-encrypted and `PATH.bak` becomes the new file. Returns the kinds of wraps dropped (no key
   * given in `change.rewrap`). WRONG_PASSWORD if `oldPassword` is wrong; nothing changes then.
   */
  changeMasterPassword(oldPassword: string, newPassword: string, change: PasswordChange = {}): Promise<{ dropped: string[] }> {
    return changeMasterPassword(this.s, oldPassword, newPassword, change);
  }

  /** Writes the vault (see docs/vault-format.md, "Saving"). Saves are serialised within the session. */
  save(options: SaveOptions = {}): Promise<void> {
    return saveSession(this.s, options);
  }

  /** Resolves once every save started so far has finished (successfully or not). */
  whenSaved(): Promise<void> {
    return this.s.saving;
  }

  /** Zeroes the vault key and forgets the entries. Further calls throw LOCKED. */
  lock(): void {
    this.s.lock();
  }
}
