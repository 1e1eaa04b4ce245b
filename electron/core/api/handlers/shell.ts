import { AppError } from '../../errors/index.ts';
import { filterEntries, trayEntriesFromSummaries } from '../../tray/index.ts';
import { chooseFile } from '../file-choices.ts';
import type { HandlersOf } from '../handler-types.ts';
import type { Services } from '../services.ts';

export function shellHandlers(services: Services): HandlersOf<'shell'> {
  return {
    'shell.quickSearch': async ({ query }) => {
      const entries = trayEntriesFromSummaries(services.vault.session().list());
      return filterEntries(entries, query).map((e) => ({
        id: e.id,
        title: e.title,
        account: e.account,
        provider: e.provider ?? '',
        favourite: e.favourite,
      }));
    },
    'shell.hideQuickSearch': async () => ({ hidden: services.shell?.hideQuickSearch?.() ?? false }),
    // The chosen path goes into the core's grant registry; the renderer gets a one-time token (H2).
    'shell.pickVaultFile': async () => chooseFile(services, 'open-vault', services.shell?.pickVaultFile),
    'shell.openExternal': async ({ url }) => {
      const shell = services.shell;
      if (!shell || !shell.isExternalLinkAllowed(url)) {
        throw new AppError(
          'LINK_NOT_ALLOWED',
          'AppPass opens only https links to the providers it knows and to its own documentation; this link was not opened.',
        );
      }
      await shell.openExternal(url);
      return { opened: true as const };
    },
  };
}
