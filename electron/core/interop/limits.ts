/**
 * Limits on what an import reads. A file over a limit is refused with IMPORT_TOO_LARGE before it
 * can exhaust memory or time; nothing in the vault changes.
 */
export const IMPORT_LIMITS = {
  /** Largest import file read from disk or accepted from the UI. */
  fileBytes: 50 * 1024 * 1024,
  /** Largest decompressed KDBX payload (gzip bomb guard), checked before kdbxweb inflates it. */
  inflatedBytes: 128 * 1024 * 1024,
  /** Most entries one file may bring. */
  entries: 100_000,
  /** The vault's own ceiling on entries (electron/core/vault/model/body.ts). */
  vaultEntries: 100_000,
  /** Most AES-KDF rounds a KDBX 3.1 file may ask for (KeePassXC's 1-second default is ~10^7 on slow PCs). */
  aesKdfRounds: 100_000_000,
} as const;

export type ImportLimits = { [K in keyof typeof IMPORT_LIMITS]: number };
