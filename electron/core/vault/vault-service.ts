import { access } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { VaultStatus } from '../../contract/calls/vault.ts';
import { AppError, isAppError } from '../errors/index.ts';
import type { KdfParams } from '../kdf/index.ts';
import { createVault, openVault, openVaultWithKey, readContainer, type WrapChoice } from './open-vault.ts';
import { localDevice } from '../sync/device-identity.ts';
import { hasOwnKeychainWrap } from './wrap-kinds.ts';
import { restoreBackup } from './restore-backup.ts';
import type { Clock, VaultSession } from './vault-session.ts';
import type { LocalDevice } from '../sync/local-changes.ts';

/** Holds the one vault a host works with: locked (no session) or unlocked (a session). */
export class VaultService {
  private currentPath: string;
  private current: VaultSession | null = null;
  private readonly now: Clock | undefined;
  private readonly lockListeners = new Set<() => void>();
  private readonly unlockListeners = new Set<(session: VaultSession) => void>();
  private readonly pathListeners = new Set<(path: string) => void>();
  /**
   * Saves a locked session started before it was locked (e.g. the 'copied' mark of a copy made
   * just before locking). The next open waits for them, so it never reads a file that is about to
   * be replaced — which would make its own first save fail with EXTERNAL_CHANGE.
   */
  private pendingSaves: Promise<void> = Promise.resolve();

  /** This computer for vault format 3 (its device id), loaded on first use; default: the process's. */
  private readonly device: (() => Promise<LocalDevice>) | undefined;

  constructor(path: string, options: { now?: Clock; device?: () => Promise<LocalDevice> } = {}) {
    this.currentPath = path;
    this.now = options.now;
    this.device = options.device;
  }

  private async openOptions(): Promise<{ now?: Clock; device?: LocalDevice }> {
    return { ...(this.now ? { now: this.now } : {}), ...(this.device ? { device: await this.device() } : {}) };
  }

  /** This computer's device id (vault format 3; its quick-unlock wrap is `keychain:<id>`). */
  async deviceId(): Promise<string> {
    return (await (this.device ?? localDevice)()).id;
  }

  /** The vault file this service works on now (openFile switches it). */
  get path(): string {
    return this.currentPath;
  }

  /**
   * Switches to another existing vault file. The file is checked first without a password
   * (readContainer: NOT_FOUND, VAULT_CORRUPT, UNSUPPORTED_VERSION, KDF_PARAMS_OUT_OF_RANGE, IO_ERROR);
   * on any error the current path and session stay as they were. On success the current session is
   * locked (its pending saves land first), the path switches and onPathChange listeners hear of it.
   * The same file again changes nothing.
   */
  async openFile(path: string): Promise<void> {
    if (!isAbsolute(path)) throw new AppError('USAGE', 'The vault file path must be absolute (for example /home/you/vault.apppass).');
    const target = resolve(path);
    try {
      await readContainer(target);
    } catch (error) {
      if (isAppError(error) && error.code === 'NOT_FOUND') {
        throw new AppError('NOT_FOUND', `There is no file at ${target}. Check the path, or create a new vault instead.`, { details: { path: target } });
      }
      throw error;
    }
    if (target === this.currentPath) return;
    this.lock();
    await this.pendingSaves;
    this.currentPath = target;
    for (const listener of this.pathListeners) listener(target);
  }

  /** Called after openFile switched to another file (a host remembers the choice). Returns unsubscribe. */
  onPathChange(listener: (path: string) => void): () => void {
    this.pathListeners.add(listener);
    return () => this.pathListeners.delete(listener);
  }

  async status(): Promise<VaultStatus> {
    let exists = true;
    try {
      await access(this.path);
    } catch {
      exists = false;
    }
    let vaultId: string | null = null;
    let quickUnlockConfigured = false;
    if (exists) {
      try {
        const { header } = await readContainer(this.path);
        vaultId = header.vaultId;
        quickUnlockConfigured = hasOwnKeychainWrap(await this.deviceId(), header.wraps.map((w) => w.kind));
      } catch {
        // A damaged file still "exists"; unlock reports the error.
      }
    }
    return { exists, unlocked: this.current !== null && !this.current.isLocked, path: this.path, vaultId, quickUnlockConfigured };
  }

  async create(password: string, kdf?: KdfParams): Promise<VaultSession> {
    this.lock();
    await this.pendingSaves;
    this.current = await createVault(this.path, password, { kdf: kdf ?? 'calibrate', ...(await this.openOptions()) });
    this.unlocked(this.current);
    return this.current;
  }

  /** Unlocks with the master password and records that it was used (saved at once). */
  async unlock(password: string): Promise<VaultSession> {
    await this.pendingSaves;
    const session = await openVault(this.path, password, await this.openOptions());
    this.lock();
    this.current = session;
    await session.save();
    this.unlocked(session);
    return session;
  }

  /**
   * Unlocks with another wrap (e.g. the keychain's key). `accept` may refuse the opened session by
   * throwing (the keychain's N-day policy): it is then locked and this service is left untouched.
   */
  async unlockWithKey(wrapKind: WrapChoice, wrappingKey: Buffer, accept?: (session: VaultSession) => void): Promise<VaultSession> {
    await this.pendingSaves;
    const session = await openVaultWithKey(this.path, wrapKind, wrappingKey, await this.openOptions());
    try {
      accept?.(session);
    } catch (error) {
      session.lock();
      throw error;
    }
    this.lock();
    this.current = session;
    this.unlocked(session);
    return session;
  }

  private unlocked(session: VaultSession): void {
    for (const listener of this.unlockListeners) listener(session);
  }

  /** Called after every unlock (and create), with the new session (the agent starts serving). Returns unsubscribe. */
  onUnlock(listener: (session: VaultSession) => void): () => void {
    this.unlockListeners.add(listener);
    return () => this.unlockListeners.delete(listener);
  }

  /** Zeroes the key and forgets the session. Safe to call when already locked. */
  lock(): void {
    if (this.current === null) return;
    const settled = this.current.whenSaved();
    const before = this.pendingSaves;
    this.pendingSaves = Promise.all([before, settled]).then(() => undefined);
    this.current.lock();
    this.current = null;
    for (const listener of this.lockListeners) listener();
  }

  /** Called after every lock (the clipboard clears, the UI shows the lock screen). Returns unsubscribe. */
  onLock(listener: () => void): () => void {
    this.lockListeners.add(listener);
    return () => this.lockListeners.delete(listener);
  }

  /** The unlocked session; LOCKED when there is none. */
  session(): VaultSession {
    if (this.current === null || this.current.isLocked) throw new AppError('LOCKED', 'The vault is locked. Unlock it with the master password first.');
    return this.current;
  }

  /** Runs a change on the session and saves it. */
  async mutate<T>(change: (session: VaultSession) => T): Promise<T> {
    const session = this.session();
    const result = change(session);
    await session.save();
    return result;
  }

  async restoreBackup(): Promise<void> {
    this.lock();
    await this.pendingSaves;
    await restoreBackup(this.path);
  }
}
