import { isAbsolute } from 'node:path';
import { AppError } from '../../errors/index.ts';
import { exportVault, importFromFile, readImportFile, writeExportFile, IMPORT_LIMITS, type ImportFormat, type CsvMapping } from '../../interop/index.ts';
import type { VaultService } from '../../vault/index.ts';
import type { HandlersOf } from '../handler-types.ts';
import type { Services } from '../services.ts';

function vaultOf(services: Services): VaultService {
  if (!services.vault) throw new AppError('INTERNAL', 'This AppPass host has no vault service.');
  return services.vault;
}

interface ImportInput {
  format: ImportFormat;
  path?: string | undefined;
  contentBase64?: string | undefined;
  password?: string | undefined;
  mapping?: CsvMapping | undefined;
}

async function bytesOf(input: ImportInput): Promise<Uint8Array> {
  if (input.path !== undefined) {
    if (!isAbsolute(input.path)) throw new AppError('USAGE', 'The import path must be absolute.');
    return readImportFile(input.path);
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
  };
}

/**
 * interop.*: export (written to a user-chosen absolute path, or returned as base64 for a download)
 * and import (preview, then all-or-nothing apply; the file comes as a path or as base64).
 * Passwords in the input are never logged or echoed.
 */
export function interopHandlers(services: Services): HandlersOf<'interop'> {
  return {
    'interop.exportFile': async ({ format, password, confirmPlaintext, path }) => {
      const session = vaultOf(services).session();
      const file = await exportVault(session, format, { ...(password === undefined ? {} : { password }), ...(confirmPlaintext === undefined ? {} : { confirmPlaintext }) });
      if (path !== undefined) {
        await writeExportFile(path, file.bytes);
        file.bytes.fill(0);
        return { fileName: file.fileName, mimeType: file.mimeType, byteLength: file.bytes.length, entries: file.entries, path, base64: null };
      }
      const base64 = file.bytes.toString('base64');
      file.bytes.fill(0);
      return { fileName: file.fileName, mimeType: file.mimeType, byteLength: file.bytes.length, entries: file.entries, path: null, base64 };
    },
    'interop.previewImport': async (input) => {
      const session = vaultOf(services).session();
      return (await importFromFile(session, request(input, await bytesOf(input)), false)).preview;
    },
    'interop.applyImport': async (input) => {
      const session = vaultOf(services).session();
      return (await importFromFile(session, request(input, await bytesOf(input)), true)).result;
    },
  };
}
