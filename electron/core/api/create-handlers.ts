import type { Handlers } from './handler-types.ts';
import type { Services } from './services.ts';
import { appHandlers } from './handlers/app.ts';
import { generatorHandlers } from './handlers/generator.ts';
import { clipboardHandlers } from './handlers/clipboard.ts';
import { shellHandlers } from './handlers/shell.ts';

/** The one handler table: maps every contract call to the core. Both hosts register exactly this. */
export function createHandlers(services: Services): Handlers {
  return {
    ...appHandlers(services),
    ...generatorHandlers(),
    ...clipboardHandlers(services),
    ...shellHandlers(services),
  };
}
