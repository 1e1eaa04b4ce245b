import type { FileChoice } from '../../contract/calls/interop.ts';
import { AppError } from '../errors/index.ts';
import { FileGrants, type FileGrantPurpose } from '../platform/file-grants.ts';
import type { Services } from './services.ts';

/** The host's grant registry (one per Services, made on first use). */
export function fileGrantsOf(services: Services): FileGrants {
  services.fileGrants ??= new FileGrants();
  return services.fileGrants;
}

/**
 * Runs the host's dialog (USAGE where there is none) and turns the chosen path into a grant for
 * `purpose`: the renderer gets the token and the path to show, never a way to name a path itself.
 */
export async function chooseFile(services: Services, purpose: FileGrantPurpose, dialog: (() => Promise<string | null>) | undefined): Promise<FileChoice> {
  if (dialog === undefined) {
    throw new AppError('USAGE', 'This AppPass window cannot show a file dialog.', { details: { reason: 'no-dialog' } });
  }
  const path = await dialog();
  return path === null ? { grant: null, path: null } : { grant: fileGrantsOf(services).grant(path, purpose), path };
}
