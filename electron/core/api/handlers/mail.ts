import { checkSignIn } from '../../mail/check/index.ts';
import { guideFor, makeProfile } from '../../mail/profiles/index.ts';
import type { HandlersOf } from '../handler-types.ts';
import type { Services } from '../services.ts';

/** Sign-in check, setup files and guides. Inputs hold a password: nothing here logs. */
export function mailHandlers(services: Services): HandlersOf<'mail'> {
  const extraCaPem = services.mail?.extraCaPem;
  return {
    'mail.check': async (input) => checkSignIn(input, extraCaPem === undefined ? {} : { extraCaPem }),
    'mail.profile': async ({ format, settings, includePassword, password }) => makeProfile(format, settings, { includePassword: includePassword === true, password }),
    'mail.guide': async ({ client, settings }) => guideFor(client, settings, services.mail?.testProviders ?? [], services.catalog?.today()),
  };
}
