import type { MergeReport } from '../../contract/calls/vault.ts';
import type { OpenCopy } from '../sync/copy-merge.ts';
import { encodeVault } from './encode-vault.ts';
import { digestOf } from './format/layout.ts';
import type { VaultHeader } from './format/header.ts';
import type { SessionState } from './session-state.ts';
import { SessionSync } from './session-sync.ts';
import { readVaultFile } from './storage/read-regular-file.ts';
import { saveVaultFile, type SaveOptions } from './storage/save-vault-file.ts';

/**
 * Writing a session's vault and merging into it: a save over a file changed on disk merges that file
 * first (read-merge-write), and `mergeFile` merges a copy of the vault. See docs/vault-format.md.
 */

/** True when the vault file on disk is no longer the version this session loaded or last saved. */
export async function fileChangedOnDisk(s: SessionState): Promise<boolean> {
  const bytes = await readVaultFile(s.path).catch(() => null);
  return bytes !== null && !digestOf(bytes).equals(s.digest);
}

/** Merges the copy of this vault at `path` into the session (not saved). */
export async function mergeFileInto(s: SessionState, path: string, askPassword?: () => Promise<string>): Promise<MergeReport> {
  // Changes not saved yet get their stamps first, so the merge weighs them like any other write.
  await s.sync.stamp(s.body, s.header, s.now());
  const merged = await s.sync.mergeFile(path, s.opened(), askPassword);
  s.adopt(merged);
  if (merged.vaultKey !== s.vaultKey) merged.vaultKey.fill(0); // adopt kept a copy
  s.dirty = true;
  return merged.report;
}

/** Writes the vault after every save started before it. */
export function saveSession(s: SessionState, options: SaveOptions = {}): Promise<void> {
  const run = s.saving.then(async () => {
    // What this save writes, taken now: a lock() while it runs zeroes the session's key and drops
    // its entries, but the save still writes the vault as it was (and zeroes its own key copy).
    const local: OpenCopy = { header: s.header, vaultKey: Buffer.from(s.key()), body: SessionSync.synced(s.body) };
    let written: { bytes: Buffer; header: VaultHeader } | null = null;
    let merged: OpenCopy | null = null;
    // Under the write lock: stamp this session's changes after reading the file on disk, and if
    // that file changed since it was loaded, merge it (read-merge-write) instead of overwriting it.
    const reconcile = async (changedFile: Buffer | null): Promise<Buffer> => {
      const disk = changedFile === null ? null : await s.sync.openDisk(changedFile, s.path, local);
      await s.sync.stamp(local.body, local.header, s.now(), disk?.body.sync.known);
      if (disk === null) {
        written = encodeVault(local.header, local.vaultKey, local.body);
      } else {
        merged = s.sync.merge(local, disk, []);
        written = encodeVault(merged.header, merged.vaultKey, merged.body);
        if (disk.vaultKey !== local.vaultKey && disk.vaultKey !== merged.vaultKey) disk.vaultKey.fill(0);
      }
      return written.bytes;
    };
    const wasDirty = s.dirty;
    s.dirty = false;
    try {
      await saveVaultFile(s.path, null, s.digest, { ...options, reconcile });
    } catch (error) {
      s.dirty = s.dirty || wasDirty;
      throw error;
    } finally {
      if (s.vaultKey === null) local.vaultKey.fill(0);
    }
    const done = written as { bytes: Buffer; header: VaultHeader } | null;
    const result = merged as OpenCopy | null;
    if (done === null || s.vaultKey === null) {
      result?.vaultKey.fill(0);
      local.vaultKey.fill(0);
      return;
    }
    if (result !== null) s.adopt(result);
    if (result !== null && result.vaultKey !== local.vaultKey) result.vaultKey.fill(0);
    local.vaultKey.fill(0);
    s.header = done.header;
    s.digest = digestOf(done.bytes);
    s.sync.written(s.body);
  });
  s.saving = run.catch(() => undefined);
  return run;
}
