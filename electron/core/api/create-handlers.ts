import type { Handlers } from './handler-types.ts';
import type { Services } from './services.ts';
import { appHandlers } from './handlers/app.ts';
import { generatorHandlers } from './handlers/generator.ts';
import { providersHandlers } from './handlers/providers.ts';
import { mailHandlers } from './handlers/mail.ts';
import { clipboardHandlers } from './handlers/clipboard.ts';
import { shellHandlers } from './handlers/shell.ts';
import { vaultHandlers } from './handlers/vault.ts';
import { interopHandlers } from './handlers/interop.ts';
import { keychainHandlers } from './handlers/keychain.ts';
import { lifecycleHandlers } from './handlers/lifecycle.ts';
import { agentHandlers } from './handlers/agent.ts';
import { syncHandlers } from './handlers/sync.ts';

/** The one handler table: maps every contract call to the core. Both hosts register exactly this. */
export function createHandlers(services: Services): Handlers {
  return {
    ...appHandlers(services),
    ...generatorHandlers(),
    ...providersHandlers(services),
    ...mailHandlers(services),
    ...clipboardHandlers(services),
    ...shellHandlers(services),
    ...vaultHandlers(services),
    ...interopHandlers(services),
    ...keychainHandlers(services),
    ...lifecycleHandlers(services),
    ...agentHandlers(services),
    ...syncHandlers(services),
  };
}
