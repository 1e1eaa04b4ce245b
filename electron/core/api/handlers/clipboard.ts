import { copyEntry } from '../../clipboard/index.ts';
import { AppError } from '../../errors/index.ts';
import type { HandlersOf } from '../handler-types.ts';
import type { Services } from '../services.ts';

function guardOf(services: Services) {
  if (!services.clipboard) {
    throw new AppError('CLIPBOARD_UNAVAILABLE', 'This AppPass host has no clipboard. Copy from the desktop app instead.');
  }
  return services.clipboard;
}

export function clipboardHandlers(services: Services): HandlersOf<'clipboard'> {
  return {
    'clipboard.copySecret': async ({ text }) => guardOf(services).copy(text),
    'clipboard.copyEntry': async ({ id }) => {
      return copyEntry(services.vault, guardOf(services), id);
    },
    'clipboard.clear': async () => ({ cleared: await guardOf(services).clearIfOurs('manual') }),
  };
}
