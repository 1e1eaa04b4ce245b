import { basename } from 'node:path';
import { AppError } from '../../errors/index.ts';
import { syncFolder } from '../../sync/index.ts';
import type { HandlersOf } from '../handler-types.ts';
import type { Services } from '../services.ts';

/** sync.*: merging copies of the vault, its devices, and which entries have values waiting for review. */
export function syncHandlers(services: Services): HandlersOf<'sync'> {
  const session = () => services.vault.session();
  return {
    'sync.run': async (input) => {
      const given = new Map((input?.passwords ?? []).map((p) => [p.file, p.password]));
      const askPassword = async (file: string): Promise<string> => {
        const password = given.get(file);
        if (password === undefined) throw new AppError('COPY_PASSWORD_REQUIRED', `${file} is a copy of this vault under another master password. Enter that password to merge it.`, { details: { file } });
        return password;
      };
      const { report, moved, skipped } = await syncFolder(session(), { now: new Date(), askPassword });
      return { report, moved: moved.map((path) => basename(path)), skipped };
    },
    // Read while locked too (the app polls it): null then, as nothing ran since unlock.
    'sync.lastRun': async () => services.syncRuns?.latest() ?? null,
    'sync.lastReport': async () => session().lastMergeReport,
    'sync.devices': async () => session().devices(),
    'sync.toReview': async () => session().toReview(),
  };
}
