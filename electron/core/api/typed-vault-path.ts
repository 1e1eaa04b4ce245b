import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { AppError } from '../errors/index.ts';

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** realpath of what exists; a missing file keeps its lexical path (the core then says NOT_FOUND). Stats folders only, never opens the file. */
async function real(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

/**
 * The browser host has no file dialog, so its open-file form sends a typed path. A page must not
 * make the host read any file it names (H2), so a typed path is accepted only inside `root` (the
 * folder of the vault the browser host was started with, chosen by whoever started it) and below,
 * after symlinks and `..` are resolved; anything else is USAGE (reason `outside-vault-folder`)
 * before a byte is read. A relative path is the core's USAGE, as before.
 */
export async function typedVaultPathIn(root: string, path: string): Promise<string> {
  if (!isAbsolute(path)) return path;
  const [realRoot, target] = await Promise.all([real(resolve(root)), real(resolve(path))]);
  if (!inside(realRoot, target)) {
    throw new AppError('USAGE', `This window opens only vault files inside ${root}. To use a vault elsewhere, start AppPass with APPPASS_VAULT set to it.`, {
      details: { reason: 'outside-vault-folder', folder: root },
    });
  }
  return path;
}
