import type { CatalogInfo, CatalogUpdateResult } from '../../../contract/calls/providers.ts';
import { isAppError } from '../../errors/index.ts';
import { daysBetween, todayIso } from '../../platform/today.ts';
import { catalogInfo } from '../catalog-info.ts';
import { BUILT_IN, catalogInUse, setCatalogInUse } from '../catalog-in-use.ts';
import { acceptCatalog, parseCatalog } from './accept-catalog.ts';
import { publicSettings, readCatalogSettings, readInstalledCatalog, writeCatalogSettings, writeInstalledCatalog } from './catalog-files.ts';
import { verifyMinisign } from './minisign.ts';
import { readSignedCatalog, type SignedCatalog } from './read-signed-catalog.ts';
import { trustedCatalogKey } from './trusted-key.ts';

/** Automatic checks (when turned on) run at most this often. */
export const AUTO_CHECK_EVERY_DAYS = 7;

export interface CatalogServiceOptions {
  /** Folder of the installed update and the settings (catalogDir()). */
  dir: string;
  /** Where APPPASS_TODAY and APPPASS_CATALOG_KEY are read. */
  env: NodeJS.ProcessEnv;
  fetch?: typeof fetch;
}

/**
 * The catalog in use over time: loads a stored update at start (its signature checked again, and
 * used only when newer than the built-in catalog), installs updates the user asks for, and keeps
 * the settings. Every refusal leaves the catalog in use, and the stored files, as they were.
 */
export class CatalogService {
  readonly #options: CatalogServiceOptions;
  #loaded: Promise<void> | null = null;

  constructor(options: CatalogServiceOptions) {
    this.#options = options;
  }

  today(): string {
    return todayIso(this.#options.env);
  }

  /** Loads the stored update once; later calls wait for the same load. */
  ensureLoaded(): Promise<void> {
    this.#loaded ??= this.#load();
    return this.#loaded;
  }

  async #load(): Promise<void> {
    const stored = await readInstalledCatalog(this.#options.dir);
    if (stored === null) return setCatalogInUse(BUILT_IN);
    const payload = Buffer.from(stored.payload, 'base64');
    try {
      verifyMinisign(payload, stored.signature, trustedCatalogKey(this.#options.env));
      const catalog = parseCatalog(payload);
      if (catalog.version <= BUILT_IN.catalog.version) {
        return setCatalogInUse({ ...BUILT_IN, storedUpdateIgnored: `the stored update (version ${catalog.version}) is not newer than the built-in catalog` });
      }
      setCatalogInUse({ catalog, origin: 'update', updateSource: stored.source, installedOn: stored.installedOn, storedUpdateIgnored: null });
    } catch (error) {
      if (!isAppError(error)) throw error;
      setCatalogInUse({ ...BUILT_IN, storedUpdateIgnored: `the stored update was refused: ${error.message}` });
    }
  }

  async status(): Promise<CatalogInfo> {
    await this.ensureLoaded();
    return catalogInfo(catalogInUse(), publicSettings(await readCatalogSettings(this.#options.dir)), this.today());
  }

  /**
   * Installs a signed catalog if accepted: one already read (a granted file, an upload), else read
   * from `from` (https URL, or an absolute file for the CLI), else from the configured URL.
   */
  async update(from?: string | SignedCatalog): Promise<CatalogUpdateResult> {
    await this.ensureLoaded();
    const settings = await readCatalogSettings(this.#options.dir);
    const today = this.today();
    const signed = typeof from === 'object' ? from : await readSignedCatalog(from ?? settings.updateUrl, this.#options.fetch);
    const accepted = acceptCatalog(signed.payload, signed.signature, trustedCatalogKey(this.#options.env), catalogInUse().catalog, today);
    if (accepted.kind === 'newer') {
      await writeInstalledCatalog(this.#options.dir, { format: 1, payload: signed.payload.toString('base64'), signature: signed.signature, source: signed.source, installedOn: today });
      setCatalogInUse({ catalog: accepted.catalog, origin: 'update', updateSource: signed.source, installedOn: today, storedUpdateIgnored: null });
    }
    return { installed: accepted.kind === 'newer', catalog: catalogInfo(catalogInUse(), publicSettings(settings), today) };
  }

  async setSettings(change: { autoCheck: boolean; updateUrl?: string | undefined }): Promise<CatalogInfo> {
    const settings = await readCatalogSettings(this.#options.dir);
    await writeCatalogSettings(this.#options.dir, { ...settings, autoCheck: change.autoCheck, updateUrl: change.updateUrl ?? settings.updateUrl });
    return this.status();
  }

  /**
   * The automatic check: only when the user turned it on, and at most every AUTO_CHECK_EVERY_DAYS.
   * Never throws (a failed check is tried again next time); resolves to the outcome for logs.
   */
  async autoCheckIfDue(): Promise<'off' | 'not-due' | 'installed' | 'unchanged' | 'failed'> {
    const settings = await readCatalogSettings(this.#options.dir);
    const today = this.today();
    if (!settings.autoCheck) return 'off';
    if (settings.lastAutoCheck !== null && daysBetween(settings.lastAutoCheck, today) < AUTO_CHECK_EVERY_DAYS) return 'not-due';
    await writeCatalogSettings(this.#options.dir, { ...settings, lastAutoCheck: today });
    try {
      return (await this.update()).installed ? 'installed' : 'unchanged';
    } catch (error) {
      if (isAppError(error)) return 'failed';
      throw error;
    }
  }

  /** The catalog in use as the unsigned payload (what `apppass catalog export` writes and a release signs). */
  async exportJson(): Promise<string> {
    await this.ensureLoaded();
    return `${JSON.stringify(catalogInUse().catalog, null, 1)}\n`;
  }
}
