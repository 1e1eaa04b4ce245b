import { BODY_MAX_BYTES } from '../format/body-compression.ts';
import { HEADER_MAX, PREFIX_BYTES } from '../format/layout.ts';

/** The files that belong to a vault at `path`. */
export function backupPathOf(path: string): string {
  return `${path}.bak`;
}

/**
 * Largest vault file read: prefix, the largest header, the largest body (stored DEFLATE output can
 * exceed its input by a little) and 1 MiB for the tag, digest and that overhead. Bigger is refused
 * before it is read (VAULT_CORRUPT), so /dev/zero or a runaway file cannot fill memory.
 */
export const VAULT_FILE_MAX = PREFIX_BYTES + HEADER_MAX + BODY_MAX_BYTES + 2 ** 20;
