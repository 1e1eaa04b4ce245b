import { basename } from 'node:path';
import { syncFolder } from '../../sync/index.ts';
import type { HandlersOf } from '../handler-types.ts';
import type { Services } from '../services.ts';

/** sync.*: merging copies of the vault, its devices, and the values waiting for review. */
export function syncHandlers(services: Services): HandlersOf<'sync'> {
  const session = () => services.vault.session();
  return {
    'sync.run': async () => {
      const { report, moved, skipped } = await syncFolder(session(), { now: new Date() });
      return { report, moved: moved.map((path) => basename(path)), skipped };
    },
    'sync.lastReport': async () => session().lastMergeReport,
    'sync.devices': async () => session().devices(),
    'sync.toReview': async () => session().toReview(),
    'sync.history': async ({ id }) => {
      const s = session();
      const items = s.history(id);
      await s.save();
      return items;
    },
    'sync.markReviewed': async ({ id }) => {
      const s = session();
      const summary = s.markReviewed(id);
      await s.save();
      return summary;
    },
  };
}
