import { AppError } from '../../errors/index.ts';
import type { HandlersOf } from '../handler-types.ts';
import type { Services } from '../services.ts';

export function shellHandlers(services: Services): HandlersOf<'shell'> {
  return {
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
