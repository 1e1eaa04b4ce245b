import { link, mkdir, open, rename, unlink } from 'node:fs/promises';
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
