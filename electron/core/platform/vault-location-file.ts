import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { VAULT_PATH_MAX } from '../../contract/calls/vault.ts';
import { parseJsonText, readJsonFile, writeJsonFile } from './json-file.ts';

/** Name of the file, in the host's config/state folder, that remembers the vault file last opened. */
export const VAULT_LOCATION_FILE = 'vault-location.json';

/** What the file holds: no secret, only where the vault is. */
const schema = z.strictObject({
  version: z.literal(1),
  vaultPath: z
    .string()
    .min(1)
    .max(VAULT_PATH_MAX)
    .refine((p) => isAbsolute(p), 'must be an absolute path'),
});

/** The remembered vault path in `text`, or null when the text is damaged, foreign or unsafe. */
export function parseVaultLocation(text: string): string | null {
  return parseJsonText(text, schema)?.vaultPath ?? null;
}

/** Reads the remembered vault path; a missing or damaged file means "none" (null), never an error. */
export async function loadVaultLocation(file: string): Promise<string | null> {
  return (await readJsonFile(file, schema))?.vaultPath ?? null;
}

/** Remembers `vaultPath` (absolute) in `file`: written atomically (temporary file + rename), mode 0600. */
export async function saveVaultLocation(file: string, vaultPath: string): Promise<void> {
  await writeJsonFile(file, schema.parse({ version: 1, vaultPath }));
}

/**
 * Remembers every later switch of `vault` (VaultService.openFile) in `file`. A failed write only
 * warns: the switch itself stands, and the next start falls back to the default path.
 */
export function rememberVaultLocation(vault: { onPathChange(listener: (path: string) => void): () => void }, file: string, warn: (message: string) => void): () => void {
  return vault.onPathChange((path) => {
    saveVaultLocation(file, path).catch(() => warn(`AppPass: could not save ${VAULT_LOCATION_FILE}; the next start opens the default vault file.`));
  });
}
