import { AppError } from '../../errors/index.ts';
import { checkExportPasswordTwice, exportFileName, exportVault, importFromFile, readImportFile, writeExportFile, IMPORT_LIMITS, type ImportFormat, type CsvMapping } from '../../interop/index.ts';
import type { VaultService } from '../../vault/index.ts';
import { chooseFile, fileGrantsOf } from '../file-choices.ts';
import type { HandlersOf } from '../handler-types.ts';
import type { Services } from '../services.ts';

/** The host's vault (every host has one). */
function vaultOf(services: Services): VaultService {
  return services.vault;
}

interface ImportInput {
  format: ImportFormat;
  grant?: string | undefined;
  contentBase64?: string | undefined;
  password?: string | undefined;
  mapping?: CsvMapping | undefined;
  only?: string[] | undefined;
}

/** The import's bytes: the granted file (a preview leaves the grant valid, apply uses it up) or the uploaded base64. */
async function bytesOf(services: Services, input: ImportInput, apply: boolean): Promise<Uint8Array> {
  if (input.grant !== undefined) {
    const grants = fileGrantsOf(services);
    return readImportFile(apply ? grants.take(input.grant, 'read-import') : grants.peek(input.grant, 'read-import'));
  }
  const bytes = Buffer.from(input.contentBase64 ?? '', 'base64');
  if (bytes.length > IMPORT_LIMITS.fileBytes) throw new AppError('IMPORT_TOO_LARGE', `The import is too large (the limit is ${IMPORT_LIMITS.fileBytes} bytes). Nothing was imported.`);
  return bytes;
}

function request(input: ImportInput, bytes: Uint8Array) {
  return {
    format: input.format,
    bytes,
    ...(input.password === undefined ? {} : { password: input.password }),
    ...(input.mapping === undefined ? {} : { mapping: input.mapping }),
    ...(input.only === undefined ? {} : { only: input.only }),
  };
}

/**
 * interop.*: export (written to the file the host's save dialog returned, or returned as base64 for a
 * download) and import (preview, then all-or-nothing apply; the file comes as a grant from the host's
 * open dialog or as base64). No call takes a path from the renderer (H2). Passwords in the input are
 * never logged or echoed.
 */
export function interopHandlers(services: Services): HandlersOf<'interop'> {
  return {
    'interop.pickExportFile': async ({ format }) => {
      const pick = services.shell?.pickExportPath;
      return chooseFile(services, 'write-export', pick && (() => pick(exportFileName(format), format)));
    },
    'interop.pickImportFile': async ({ format }) => {
      const pick = services.shell?.pickImportPath;
      return chooseFile(services, 'read-import', pick && (() => pick(format)));
    },
    'interop.exportFile': async ({ format, password, passwordConfirm, confirmPlaintext, masterPassword, grant }) => {
      const session = vaultOf(services).session();
      if (format !== 'csv') checkExportPasswordTwice(password, passwordConfirm);
      if (format === 'csv') {
        // A plaintext export shows every secret: it needs the master password again, not just an unlocked window.
        if (masterPassword === undefined) throw new AppError('USAGE', 'A CSV export is not encrypted: enter the master password again to confirm it is you.');
        await session.verifyMasterPassword(masterPassword);
      }
      const path = grant === undefined ? null : fileGrantsOf(services).take(grant, 'write-export');
      const file = await exportVault(session, format, { ...(password === undefined ? {} : { password }), ...(confirmPlaintext === undefined ? {} : { confirmPlaintext }) });
      const byteLength = file.bytes.length;
      try {
        if (path !== null) {
          await writeExportFile(path, file.bytes);
          return { fileName: file.fileName, mimeType: file.mimeType, byteLength, entries: file.entries, path, base64: null };
        }
        return { fileName: file.fileName, mimeType: file.mimeType, byteLength, entries: file.entries, path: null, base64: file.bytes.toString('base64') };
      } finally {
        file.bytes.fill(0);
      }
    },
    'interop.previewImport': async (input) => {
      const session = vaultOf(services).session();
      return (await importFromFile(session, request(input, await bytesOf(services, input, false)), false)).preview;
    },
    'interop.applyImport': async (input) => {
      const session = vaultOf(services).session();
      return (await importFromFile(session, request(input, await bytesOf(services, input, true)), true)).result;
    },
  };
}
