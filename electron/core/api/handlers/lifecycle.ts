import { LifecycleService } from '../../lifecycle/index.ts';
import { checkSignIn } from '../../mail/check/index.ts';
import { profileFor } from '../../mail/profiles/index.ts';
import type { HandlersOf } from '../handler-types.ts';
import type { Services } from '../services.ts';
import { deadlineFor } from './lifecycle-deadline.ts';

/** lifecycle.* and trash.*: an entry's life after setup. Secrets stay in the core; nothing here logs. */
export function lifecycleHandlers(services: Services): HandlersOf<'lifecycle'> & HandlersOf<'trash'> {
  const extraCaPem = services.testMail?.extraCaPem;
  let service: LifecycleService | null = null;
  const lifecycle = () =>
    (service ??= new LifecycleService({
      vault: services.vault,
      check: (input) => checkSignIn(input, extraCaPem === undefined ? {} : { extraCaPem }),
      now: () => new Date(),
      extraProviders: services.testMail?.testProviders ?? [],
      deadlineFor,
    }));
  return {
    'lifecycle.test': async ({ id, timeoutMs }) => lifecycle().test(id, timeoutMs),
    'lifecycle.facts': async ({ id }) => lifecycle().facts(id),
    'lifecycle.mailSettings': async ({ id }) => lifecycle().mailSettings(id),
    'lifecycle.profile': async ({ id, format, includePassword }) => {
      const settings = lifecycle().mailSettings(id);
      const password = includePassword === true ? services.vault.session().get(id).secret : undefined;
      return profileFor(format, settings, { includePassword: includePassword === true, password }, services.testMail?.testProviders ?? [], services.catalog?.today());
    },
    'lifecycle.accountPasswordChanged': async ({ account, provider }) => lifecycle().accountPasswordChanged(account, provider),
    'lifecycle.reissuePlan': async ({ account, provider }) => lifecycle().plan(account, provider),
    'lifecycle.reissue': async ({ id, secret }) => lifecycle().reissue(id, secret),
    'lifecycle.history': async ({ id }) => lifecycle().history(id),
    'lifecycle.historySecret': async ({ id, stamp }) => ({ secret: await lifecycle().historySecret(id, stamp) }),
    'lifecycle.markReviewed': async ({ id }) => lifecycle().markReviewed(id),
    'lifecycle.hygiene': async () => lifecycle().hygiene(),
    'lifecycle.runScheduledChecks': async () => lifecycle().runScheduledChecks(),
    'trash.list': async () => services.vault.session().trashed(),
    'trash.restore': async ({ id }) => {
      const { secret: _secret, ...summary } = await services.vault.mutate((s) => s.restoreFromTrash(id));
      return summary;
    },
    'trash.empty': async ({ id }) => ({ removed: await services.vault.mutate((s) => s.emptyTrash(id)) }),
  };
}
