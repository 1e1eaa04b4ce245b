import { AppError } from '../../errors/index.ts';
import { checkSignIn } from '../../mail/check/index.ts';
import { KnownMailServers } from '../../mail/check/known-servers.ts';
import { allProviders } from '../../providers/index.ts';
import { guideFor, profileFor } from '../../mail/profiles/index.ts';
import type { EntrySummary } from '../../../contract/calls/vault.ts';
import type { HandlersOf } from '../handler-types.ts';
import type { Services } from '../services.ts';

/** The session's known mail servers (made on first use); providers.detect adds what discovery returned. */
export function knownMailServersOf(services: Services): KnownMailServers {
  services.mailServers ??= new KnownMailServers();
  return services.mailServers;
}

/** Sign-in check, setup files and guides. Inputs hold a password: nothing here logs. */
export function mailHandlers(services: Services): HandlersOf<'mail'> {
  const extraCaPem = services.testMail?.extraCaPem;
  return {
    'mail.check': async (input) => {
      // M5: an app password goes only to a server AppPass knows, or one the user confirms in a host dialog.
      const providers = allProviders(services.testMail?.testProviders ?? []);
      let entries: EntrySummary[] = [];
      try {
        entries = services.vault.session().list();
      } catch {
        // Locked: only the catalog's and discovery's servers are known.
      }
      if (!knownMailServersOf(services).isKnown(input.host, input.port, providers, entries)) {
        const confirm = services.shell?.confirmMailServer;
        if (confirm !== undefined && !(await confirm(input.host, input.port))) {
          throw new AppError('USAGE', `The sign-in check to ${input.host}:${input.port} was cancelled; no password was sent.`, { details: { reason: 'server-not-confirmed' } });
        }
      }
      return checkSignIn(input, extraCaPem === undefined ? {} : { extraCaPem });
    },
    'mail.profile': async ({ format, settings, includePassword, password }) =>
      profileFor(format, settings, { includePassword: includePassword === true, password }, services.testMail?.testProviders ?? [], services.catalog?.today()),
    'mail.guide': async ({ client, settings }) => guideFor(client, settings, services.testMail?.testProviders ?? [], services.catalog?.today()),
  };
}
