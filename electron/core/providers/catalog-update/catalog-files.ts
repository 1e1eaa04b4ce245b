import { dirname, join } from 'node:path';
import { z } from 'zod';
import { defaultVaultPath } from '../../platform/default-vault-path.ts';
import { readJsonFile, writeJsonFile } from '../../platform/json-file.ts';
import type { CatalogSettings } from '../catalog-info.ts';

/** Environment variable naming the folder of the installed catalog update and its settings (tests). */
export const CATALOG_DIR_ENV = 'APPPASS_CATALOG_DIR';

/** Where the update URL points unless the user sets another (https; FILE and FILE.minisig). */
export const DEFAULT_CATALOG_URL = 'https://github.com/apppass/apppass/releases/latest/download/catalog.json';

/** APPPASS_CATALOG_DIR, else `catalog/` in AppPass's config folder (beside the default vault file). */
export function catalogDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  const fromEnv = env[CATALOG_DIR_ENV];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  return join(dirname(defaultVaultPath({ ...env, APPPASS_VAULT: '' }, platform, home)), 'catalog');
}

const installedSchema = z.strictObject({
  format: z.literal(1),
  /** The signed bytes exactly as received (base64), so the signature is checked again at every start. */
  payload: z.string().max(4 * 1024 * 1024),
  signature: z.string().max(4096),
  source: z.string().max(2048),
  installedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type InstalledCatalogFile = z.output<typeof installedSchema>;

const settingsSchema = z.strictObject({
  format: z.literal(1),
  autoCheck: z.boolean(),
  updateUrl: z.string().startsWith('https://').max(2048),
  /** The day of the last automatic check, so checks run at most weekly. */
  lastAutoCheck: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
});
export type CatalogSettingsFile = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: CatalogSettingsFile = { format: 1, autoCheck: false, updateUrl: DEFAULT_CATALOG_URL, lastAutoCheck: null };

const INSTALLED = 'installed-catalog.json';
const SETTINGS = 'catalog-settings.json';

/** The installed update, or null when none (or the file is damaged: then the built-in catalog is used). */
export async function readInstalledCatalog(dir: string): Promise<InstalledCatalogFile | null> {
  return readJsonFile(join(dir, INSTALLED), installedSchema);
}

/** Writes the installed update in one atomic step (temporary file, then rename). */
export async function writeInstalledCatalog(dir: string, file: InstalledCatalogFile): Promise<void> {
  await writeJsonFile(join(dir, INSTALLED), installedSchema.parse(file));
}

export async function readCatalogSettings(dir: string): Promise<CatalogSettingsFile> {
  return (await readJsonFile(join(dir, SETTINGS), settingsSchema)) ?? DEFAULT_SETTINGS;
}

export async function writeCatalogSettings(dir: string, settings: CatalogSettingsFile): Promise<void> {
  await writeJsonFile(join(dir, SETTINGS), settingsSchema.parse(settings));
}

export function publicSettings(file: CatalogSettingsFile): CatalogSettings {
  return { autoCheck: file.autoCheck, updateUrl: file.updateUrl };
}
