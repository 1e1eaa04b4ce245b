import { basename } from 'node:path';
import type { Entry, MergeReport, VaultDevice } from '../../contract/calls/vault.ts';
import { AppError } from '../errors/index.ts';
import { checkKdfParams } from '../kdf/index.ts';
import { mergeCopies, openCopy, type OpenCopy } from '../sync/copy-merge.ts';
import { covers } from '../sync/merge-entry.ts';
import { localDevice } from '../sync/device-identity.ts';
import { hlcIso, type Hlc } from '../sync/hlc.ts';
import { LocalChanges, type LocalDevice } from '../sync/local-changes.ts';
import type { SyncedBody } from '../sync/merge-body.ts';
import { markReviewed, reviewCountOf, withPendingReview } from '../sync/review.ts';
import { completeStamps, legacySyncMeta } from '../sync/sync-meta.ts';
import { collectTombstones } from '../sync/tombstones.ts';
import { parseContainer } from './format/container.ts';
import type { VaultHeader } from './format/header.ts';
import type { VaultBody } from './model/body.ts';
import { readVaultFile } from './storage/read-regular-file.ts';
import { PASSWORD_WRAP } from './wrap-kinds.ts';

/** Changes when the master password (or the vault key) changes: the password wrap's bytes. */
function passwordFingerprint(header: VaultHeader): string {
  return header.wraps.find((w) => w.kind === PASSWORD_WRAP)?.wrapped.toString('base64') ?? '';
}

/** The other wraps (each computer's quick unlock), kind → bytes: a change is stamped (sync/key-wrap-merge.ts). */
function wrapFingerprints(header: VaultHeader): Record<string, string> {
  const out: Record<string, string> = {};
  for (const w of header.wraps) if (w.kind !== PASSWORD_WRAP) out[w.kind] = w.wrapped.toString('base64');
  return out;
}

/**
 * The format-3 side of a session: stamps this computer's changes on save (sync/local-changes.ts),
 * merges copies of the vault (a file changed on disk since it was loaded, `apppass merge`/`sync`),
 * and answers the device and review questions. The session owns the state; this holds the sync logic.
 */
export class SessionSync {
  private changes: LocalChanges;
  private device: LocalDevice | undefined;
  /**
   * What this session has really seen: the causal context of what it loaded or merged, and the
   * stamps it made itself since its last write. The body's `known[device]` says more (it is the
   * newest stamp of this computer), and other AppPass processes on this computer stamp under the
   * same device id; merging with the file on disk must not count their writes as seen.
   */
  private seenKnown: Record<string, Hlc>;
  private ownStamps = new Set<Hlc>();
  lastReport: MergeReport | null = null;

  constructor(body: VaultBody, header: VaultHeader, device?: LocalDevice) {
    const synced = SessionSync.complete(body);
    this.changes = new LocalChanges(synced, passwordFingerprint(header), wrapFingerprints(header));
    this.device = device;
    this.seenKnown = { ...synced.sync.known };
  }

  /** Whether this session has seen the write stamped so (see seenKnown). */
  private readonly seen = (stamp: Hlc): boolean => this.ownStamps.has(stamp) || covers(this.seenKnown, stamp);

  /** After a write: everything in the file is seen, and this session's stamps are in it. */
  written(body: VaultBody): void {
    this.seenKnown = { ...SessionSync.synced(body).sync.known };
    this.ownStamps.clear();
  }

  /** The body with its sync part (made from the entries for a body of format 1 or 2). */
  static synced(body: VaultBody): SyncedBody {
    body.sync ??= legacySyncMeta(body.entries);
    return body as SyncedBody;
  }

  /** As `synced`, checking that every entry has stamps (on open and for every copy read). */
  static complete(body: VaultBody): SyncedBody {
    const synced = SessionSync.synced(body);
    completeStamps(synced.sync, synced.entries);
    return synced;
  }

  /** This computer's device id (its quick-unlock wrap is `keychain:<id>`). */
  async deviceId(): Promise<string> {
    this.device ??= await localDevice();
    return this.device.id;
  }

  /** On lock: forget every entry remembered for change tracking, and the last report. */
  forget(): void {
    this.changes.clear();
    this.lastReport = null;
  }

  willChange(entry: Entry): void {
    this.changes.willChange(entry);
  }

  /** Takes a merged body, carrying over this session's changes not stamped yet (LocalChanges.rebase). */
  reset(body: VaultBody, header: VaultHeader): void {
    this.changes.rebase(SessionSync.synced(body), passwordFingerprint(header), wrapFingerprints(header));
  }

  /**
   * Stamps what changed since the last stamp, records this device's write and forgets old
   * tombstones. Saves call it under the write lock after reading the file on disk (`observed`: its
   * causal context), so the new stamps are later than every stamp of this computer in the file.
   */
  async stamp(body: VaultBody, header: VaultHeader, now: Date, observed?: Readonly<Record<string, Hlc>>): Promise<void> {
    this.device ??= await localDevice();
    const synced = SessionSync.synced(body);
    for (const stamp of this.changes.stamp(this.device, now.getTime(), now.toISOString(), passwordFingerprint(header), observed, wrapFingerprints(header))) this.ownStamps.add(stamp);
    collectTombstones(synced.sync, now.getTime());
  }

  /** Decrypts the file now on disk (changed since this session loaded it). EXTERNAL_CHANGE for another vault; COPY_PASSWORD_REQUIRED under a newer master password. */
  async openDisk(bytes: Buffer, path: string, local: OpenCopy): Promise<OpenCopy> {
    try {
      return await openCopy(parseContainer(bytes), basename(path), local);
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_A_COPY') {
        throw new AppError('EXTERNAL_CHANGE', 'The vault file was replaced by another vault since it was opened; nothing was overwritten. Lock and unlock to load it.');
      }
      throw error;
    }
  }

  /** Merges a decoded copy into the session's vault, counting as seen only what this session saw. */
  merge(local: OpenCopy, copy: OpenCopy, names: string[]): OpenCopy & { report: MergeReport } {
    const merged = mergeCopies(local, copy, names, this.seen);
    for (const [device, stamp] of Object.entries(copy.body.sync.known)) if (!covers(this.seenKnown, stamp)) this.seenKnown[device] = stamp;
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
    const merged = this.merge(local, copy, [basename(path)]);
    if (copy.vaultKey !== merged.vaultKey) copy.vaultKey.fill(0);
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
