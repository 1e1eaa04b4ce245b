import { writeFileSync } from 'node:fs';

/**
 * What `keepSecretsOutOfCoreDumps` did:
 * - 'filtered': Linux; /proc/self/coredump_filter is 0, so a core dump of this process (and of every
 *   process it starts: the value is inherited across fork and execve) holds no memory mappings — no
 *   heap, so no master password and no decrypted entry.
 * - 'unsupported': another OS (see docs/security.md, "Core dumps").
 * - 'failed': Linux, but the file could not be written (an unusual /proc); dumps stay as the system has them.
 */
export type CoreDumpProtection = 'filtered' | 'unsupported' | 'failed';

/**
 * Keeps secrets out of core dumps where the platform allows it without native code (M4). The
 * alternatives were weighed in docs/security.md: prctl(PR_SET_DUMPABLE, 0) and setrlimit(RLIMIT_CORE,
 * 0) need a native addon (the npm candidates are unmaintained or need node-gyp at install, and would
 * need a rebuild for Electron), and a shell wrapper that runs `ulimit -c 0` costs every CLI run a
 * second process. Writing 0 to the process's own coredump_filter needs no privilege and no addon.
 * Call it first thing in every host (CLI, Electron main, browser host).
 */
export function keepSecretsOutOfCoreDumps(
  platform: NodeJS.Platform = process.platform,
  write: (path: string, text: string) => void = (path, text) => writeFileSync(path, text),
): CoreDumpProtection {
  if (platform !== 'linux') return 'unsupported';
  try {
    write('/proc/self/coredump_filter', '0x0');
    return 'filtered';
  } catch {
    return 'failed';
  }
}
