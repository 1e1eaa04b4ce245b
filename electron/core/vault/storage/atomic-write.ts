import { copyFile, link, mkdir, open, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';

async function fsyncDir(dir: string): Promise<void> {
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

/** Writes `bytes` to `path` (mode 0600) and fsyncs it. */
export async function writeSynced(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'w', 0o600);
  try {
    await handle.chmod(0o600);
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Atomic replace: temporary file in the same folder, fsync, rename over `path`, fsync the folder. */
export async function atomicReplace(path: string, bytes: Uint8Array, tempSuffix = '.tmp'): Promise<void> {
  const temp = `${path}${tempSuffix}`;
  await writeSynced(temp, bytes);
  await rename(temp, path);
  await fsyncDir(dirname(path));
}

/** Atomic create: like atomicReplace but fails with EEXIST (leaving the existing file alone) if `path` exists. */
export async function atomicCreate(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temp = `${path}.new`;
  await writeSynced(temp, bytes);
  try {
    await link(temp, path);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  await fsyncDir(dirname(path));
}

/**
 * Makes `path` another name for the file at `source` (same folder), replacing whatever `path` was,
 * atomically: hard link to a temporary name, then rename. Nothing is written, so nothing needs an
 * fsync of its data; the caller's next folder fsync makes the new name durable. Where hard links
 * are not supported (some network and FAT file systems) it falls back to a synced copy.
 */
export async function replaceWithLink(path: string, source: string, tempSuffix = '.tmp'): Promise<void> {
  const temp = `${path}${tempSuffix}`;
  await unlink(temp).catch(() => undefined);
  try {
    await link(source, temp);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV' && code !== 'EMLINK' && code !== 'ENOSYS') throw error;
    await copyFile(source, temp);
    const handle = await open(temp, 'r+');
    try {
      await handle.chmod(0o600);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
  await rename(temp, path);
}
