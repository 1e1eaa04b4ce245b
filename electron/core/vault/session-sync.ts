import { basename } from 'node:path';
import type { Entry, MergeReport, VaultDevice } from '../../contract/calls/vault.ts';
import { AppError } from '../errors/index.ts';
import { checkKdfParams } from '../kdf/index.ts';
import { mergeCopies, openCopy, type OpenCopy } from '../sync/copy-merge.ts';
import { localDevice } from '../sync/device-identity.ts';
import { hlcIso } from '../sync/hlc.ts';
import { LocalChanges, type LocalDevice } from '../sync/local-changes.ts';
import type { SyncedBody } from '../sync/merge-body.ts';
import { markReviewed, reviewCountOf, withPendingReview } from '../sync/review.ts';
import { legacySyncMeta } from '../sync/sync-meta.ts';
import { collectTombstones } from '../sync/tombstones.ts';
import { parseContainer } from './format/container.ts';
import type { VaultHeader } from './format/header.ts';
import type { VaultBody } from './model/body.ts';
import { readVaultFile } from './storage/read-regular-file.ts';

/** Changes when the master password (or the vault key) changes: the password wrap's bytes. */
function passwordFingerprint(header: VaultHeader): string {
  return header.wraps.find((w) => w.kind === 'password')?.wrapped.toString('base64') ?? '';
}

/**
 * The format-3 side of a session: stamps this computer's changes on save (sync/local-changes.ts),
 * merges copies of the vault (a file changed on disk since it was loaded, `apppass merge`/`sync`),
 * and answers the device and review questions. The session owns the state; this holds the sync logic.
 */
export class SessionSync {
  private changes: LocalChanges;
  private device: LocalDevice | undefined;
  lastReport: MergeReport | null = null;

  constructor(body: VaultBody, header: VaultHeader, device?: LocalDevice) {
    const synced = SessionSync.synced(body);
    this.changes = new LocalChanges(synced, passwordFingerprint(header));
    this.device = device;
  }

  /** The body with its sync part (made from the entries for a body of format 1 or 2). */
  static synced(body: VaultBody): SyncedBody {
    body.sync ??= legacySyncMeta(body.entries);
    return body as SyncedBody;
  }

  /** On lock: forget every entry remembered for change tracking, and the last report. */
  forget(): void {
    this.changes.clear();
    this.lastReport = null;
  }

  willChange(entry: Entry): void {
    this.changes.willChange(entry);
  }

  reset(body: VaultBody, header: VaultHeader): void {
    this.changes.reset(SessionSync.synced(body), passwordFingerprint(header));
  }

  /** Stamps what changed since the last save, records this device's write and forgets old tombstones. */
  async stamp(body: VaultBody, header: VaultHeader, now: Date): Promise<void> {
    this.device ??= await localDevice();
    const synced = SessionSync.synced(body);
    this.changes.stamp(this.device, now.getTime(), now.toISOString(), passwordFingerprint(header));
    collectTombstones(synced.sync, now.getTime());
  }

  /**
   * Merges the file now on disk (`bytes`), which changed since this session loaded it, with the
   * session's vault. A file of another vault is EXTERNAL_CHANGE (nothing is overwritten); a copy
   * under a newer master password is COPY_PASSWORD_REQUIRED (unlock with that password).
   */
  async mergeDisk(bytes: Buffer, path: string, local: OpenCopy): Promise<OpenCopy & { report: MergeReport }> {
    let copy: OpenCopy;
    try {
      copy = await openCopy(parseContainer(bytes), basename(path), local);
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_A_COPY') {
        throw new AppError('EXTERNAL_CHANGE', 'The vault file was replaced by another vault since it was opened; nothing was overwritten. Lock and unlock to load it.');
      }
      throw error;
    }
    const merged = mergeCopies(local, copy, []);
    this.lastReport = merged.report;
    return merged;
  }

  /** Merges the copy at `path` (see openCopy for passwords). */
  async mergeFile(path: string, local: OpenCopy, askPassword?: () => Promise<string>): Promise<OpenCopy & { report: MergeReport }> {
    // A regular file only, read within the vault limit (M3): a copy could be a FIFO or /dev/zero.
    const bytes = await readVaultFile(path, () => new AppError('NOT_FOUND', `${path} could not be read (ENOENT).`, { details: { path } }));
    const container = parseContainer(bytes);
    checkKdfParams(container.header.kdf);
    const copy = await openCopy(container, basename(path), local, askPassword);
    const merged = mergeCopies(local, copy, [basename(path)]);
    if (copy.vaultKey !== merged.vaultKey) copy.vaultKey.fill(0);
    this.lastReport = merged.report;
    return merged;
  }

  devices(body: VaultBody): VaultDevice[] {
    const here = this.device?.id;
    return SessionSync.synced(body)
      .sync.devices.map((d) => ({ id: d.id, name: d.name, lastWrite: hlcIso(d.lastWrite), thisDevice: d.id === here }))
      .sort((a, b) => (a.lastWrite < b.lastWrite ? 1 : -1));
  }

  /** The entry as shown: history with the values waiting for review. */
  shown(body: VaultBody, entry: Entry): Entry {
    return withPendingReview(SessionSync.synced(body).sync, entry);
  }

  toReview(body: VaultBody): Array<{ id: string; count: number }> {
    const { sync, entries } = SessionSync.synced(body);
    const out: Array<{ id: string; count: number }> = [];
    for (const entry of entries) {
      if (entry.history === undefined && sync.siblings[entry.id] === undefined) continue;
      const count = reviewCountOf(sync, entry);
      if (count > 0) out.push({ id: entry.id, count });
    }
    return out;
  }

  markReviewed(body: VaultBody, entry: Entry, at: string): number {
    return markReviewed(SessionSync.synced(body).sync, entry, at);
  }
}
