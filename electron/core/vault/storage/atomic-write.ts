import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname } from 'node:path';

/** Create-only, never through a symlink: O_EXCL makes open fail on any existing name, a planted link included. */
const CREATE_EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/** Suffix every temporary file of AppPass ends with; `isTempOf` recognises leftovers of killed writers. */
export const TEMP_SUFFIX = '.tmp';

/** A fresh, unguessable temporary name next to `path`: `PATH.<pid>.<12 hex>.tmp`. Two writers never share one. */
export function tempPathFor(path: string): string {
  return `${path}.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
}

/**
 * Whether `name` (a file name in the vault's folder) is a temporary file of a save of `path`, its
 * backup or a restore: `PATH.<pid>.<hex>.tmp`, `PATH.bak.<pid>.<hex>.tmp`, and the fixed `PATH.tmp` /
 * `PATH.bak.tmp` of earlier AppPass versions. Only the lock holder calls this (see cleanLeftovers).
 */
export function isTempOf(path: string, name: string): boolean {
  const base = basename(path);
  if (!name.startsWith(`${base}.`)) return false;
  return /^((bak|before-restore)\.)?(\d+\.[0-9a-f]{12}\.)?tmp$/.test(name.slice(base.length + 1));
}

export async function fsyncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Some platforms (Windows) cannot open or fsync a folder; rename is still atomic there.
  } finally {
    await handle?.close();
  }
}

/** Creates `path` (mode 0600; EEXIST if any file or link has that name) holding `bytes`; fsyncs it when `sync`. */
export async function writePrivate(path: string, bytes: Uint8Array, sync: boolean): Promise<void> {
  const handle = await open(path, CREATE_EXCLUSIVE, 0o600);
  try {
    await handle.chmod(0o600);
    await handle.writeFile(bytes);
    if (sync) await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(path).catch(() => undefined);
    throw error;
  }
  await handle.close();
}

/** Creates `path` (mode 0600, never through a link), writes `bytes` and fsyncs it. */
export function writeSynced(path: string, bytes: Uint8Array): Promise<void> {
  return writePrivate(path, bytes, true);
}

/** Atomic replace: a fresh temporary file in the same folder, fsync, rename over `path`, fsync the folder. */
export async function atomicReplace(path: string, bytes: Uint8Array): Promise<void> {
  const temp = tempPathFor(path);
  await writeSynced(temp, bytes);
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await fsyncDir(dirname(path));
}

/**
 * Atomic create: like atomicReplace but fails with EEXIST (leaving the existing file alone) if `path`
 * exists. The folder must exist: nothing here creates folders.
 */
export async function atomicCreate(path: string, bytes: Uint8Array): Promise<void> {
  const temp = tempPathFor(path);
  await writeSynced(temp, bytes);
  try {
    await link(temp, path);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  await fsyncDir(dirname(path));
}

const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'EMLINK', 'ENOSYS']);

/**
 * Makes `path` another name for the file at `source` (same folder), replacing whatever `path` was,
 * atomically: hard link to a fresh temporary name, then rename. Nothing is written, so nothing needs an
 * fsync of its data; the caller's next folder fsync makes the new name durable. Where hard links
 * are not supported (some network and FAT file systems) it falls back to a synced copy.
 */
export async function replaceWithLink(path: string, source: string): Promise<void> {
  const temp = tempPathFor(path);
  try {
    try {
      await link(source, temp);
    } catch (error) {
      if (!NO_HARD_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
      await copyFile(source, temp, constants.COPYFILE_EXCL);
      const handle = await open(temp, 'r+');
      try {
        await handle.chmod(0o600);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
