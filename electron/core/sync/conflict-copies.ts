import { mkdir, open, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MAGIC, PREFIX_BYTES, HEADER_MAX } from '../vault/format/layout.ts';

/** The folder, beside the vault, where merged copies are moved. */
export const MERGED_FOLDER = '.apppass-merged';
/** Merged copies are kept this long, then removed by the next sync. */
export const MERGED_KEEP_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * Names beside the vault that are its own files, never copies: backup, lock (with a writer's lock
 * candidate `NAME.lock.<pid>.<hex>` and a stale lock's guard `NAME.lock.stale-<hex>`), restore and
 * temporary files.
 */
export function isOwnFile(vaultName: string, name: string): boolean {
  if (name === vaultName) return true;
  if (!name.startsWith(`${vaultName}.`)) return false;
  const rest = name.slice(vaultName.length + 1);
  return rest === 'bak' || rest === 'lock' || rest.startsWith('lock.') || rest === 'before-restore' || rest === 'new' || rest.endsWith('tmp');
}

/**
 * Files a sync client is still writing (they become the real file when complete): Syncthing's
 * `.syncthing.NAME.tmp` and `~syncthing~NAME.tmp`, Nextcloud's and ownCloud's `.NAME.~XXXX`,
 * Resilio's `NAME.!sync`. Their header can already hold the vault id; they are not copies yet.
 */
export function isSyncClientTemp(name: string): boolean {
  return /^\.syncthing\..*\.tmp$/.test(name) || /^~syncthing~.*\.tmp$/.test(name) || /^\..+\.~[0-9a-zA-Z]+$/.test(name) || name.endsWith('.!sync');
}

/** The vault id in the header of the file at `path`, or null when it is not an AppPass vault. Reads the header only. */
export async function vaultIdOf(path: string): Promise<string | null> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    return null;
  }
  try {
    const prefix = Buffer.alloc(PREFIX_BYTES);
    const { bytesRead } = await handle.read(prefix, 0, PREFIX_BYTES, 0);
    if (bytesRead < PREFIX_BYTES || !prefix.subarray(0, MAGIC.length).equals(MAGIC)) return null;
    const length = prefix.readUInt32BE(MAGIC.length + 2);
    if (length > HEADER_MAX) return null;
    const header = Buffer.alloc(length);
    await handle.read(header, 0, length, PREFIX_BYTES);
    const id: unknown = (JSON.parse(header.toString('utf8')) as { vaultId?: unknown }).vaultId;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

/**
 * Copies of vault `vaultId` in the folder of `vaultPath`, found by the vault id in their headers,
 * not by their names (sync clients name conflict copies in their own, localised ways: Dropbox's
 * "(… conflicted copy …)", Syncthing's ".sync-conflict-YYYYMMDD-HHMMSS-DEVICE", Nextcloud's
 * "(conflicted copy …)", OneDrive's "-PCNAME"). The vault's own backup and temporary files are not copies.
 */
export async function findCopies(vaultPath: string, vaultId: string): Promise<string[]> {
  const folder = dirname(vaultPath);
  const own = basename(vaultPath);
  const names = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const copies: string[] = [];
  for (const item of names) {
    if (!item.isFile() || isOwnFile(own, item.name) || isSyncClientTemp(item.name)) continue;
    const path = join(folder, item.name);
    if ((await vaultIdOf(path)) === vaultId) copies.push(path);
  }
  return copies.sort();
}

/** Moves a merged copy to MERGED_FOLDER beside it, its name prefixed with the time (the folder is made 0700). Returns the new path. */
export async function moveMerged(copyPath: string, now: Date): Promise<string> {
  const folder = join(dirname(copyPath), MERGED_FOLDER);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const target = join(folder, `${now.toISOString().replace(/[:.]/g, '-')} ${basename(copyPath)}`);
  await rename(copyPath, target);
  await utimes(target, now, now); // the 30 days count from the move
  return target;
}

/** Removes files in MERGED_FOLDER beside `vaultPath` moved there more than MERGED_KEEP_DAYS ago. Returns their names. */
export async function purgeMerged(vaultPath: string, now: Date): Promise<string[]> {
  const folder = join(dirname(vaultPath), MERGED_FOLDER);
  const names = await readdir(folder).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const path = join(folder, name);
    const info = await stat(path).catch(() => null);
    if (info === null || !info.isFile() || now.getTime() - info.mtimeMs < MERGED_KEEP_DAYS * DAY_MS) continue;
    await rm(path, { force: true });
    removed.push(name);
  }
  return removed;
}
