import { isAbsolute } from 'node:path';
import { AppError } from '../../errors/index.ts';
import { readRegularFile } from '../../vault/storage/read-regular-file.ts';
import { CATALOG_MAX_BYTES } from './accept-catalog.ts';

/** A catalog's bytes and the text of its detached signature, read from the same place. */
export interface SignedCatalog {
  payload: Buffer;
  signature: string;
  /** Where it was read from, for the status line (never holds credentials). */
  source: string;
}

const SIGNATURE_SUFFIX = '.minisig';
const SIGNATURE_MAX_BYTES = 4096;
const TIMEOUT_MS = 15_000;

function failed(message: string, cause?: unknown): AppError {
  return new AppError('CATALOG_FETCH_FAILED', message, cause === undefined ? {} : { cause });
}

async function download(fetchImpl: typeof fetch, url: string, maxBytes: number): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' });
  } catch (cause) {
    throw failed(`Could not download ${url} (no connection, or no answer within ${TIMEOUT_MS / 1000} s).`, cause);
  }
  if (!response.url.startsWith('https://') && response.url !== '') throw failed(`${url} redirected to a non-https address.`);
  if (response.status !== 200) throw failed(`${url} answered HTTP ${response.status}.`);
  const body = Buffer.from(await response.arrayBuffer());
  if (body.byteLength > maxBytes) throw failed(`${url} is larger than ${maxBytes} bytes.`);
  return body;
}

/**
 * Reads `FROM` and `FROM.minisig` (minisign's default name, at a URL as in a folder). An https
 * URL is downloaded; anything else must be an absolute file path (the CLI's `--from FILE`; the
 * app's windows never name a path: their files come through readSignedCatalogFile with a grant's
 * path, or as uploaded content). Network use happens only here, only when the user asked for an
 * update or turned automatic checks on.
 */
export async function readSignedCatalog(from: string, fetchImpl: typeof fetch = (i, o) => fetch(i, o)): Promise<SignedCatalog> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(from)) return readSignedCatalogUrl(from, fetchImpl);
  if (!isAbsolute(from)) throw new AppError('USAGE', 'Give the catalog file as an absolute path, or an https:// URL.');
  return readSignedCatalogFile(from);
}

/** Downloads an https catalog and its URL.minisig (no credentials in the URL, no redirect to http). */
export async function readSignedCatalogUrl(from: string, fetchImpl: typeof fetch = (i, o) => fetch(i, o)): Promise<SignedCatalog> {
  let url: URL;
  try {
    url = new URL(from);
  } catch {
    throw new AppError('USAGE', 'The catalog address is not a valid URL.');
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') throw new AppError('USAGE', 'Catalog updates are read only from https:// addresses without credentials.');
  const href = url.href;
  const payload = await download(fetchImpl, href, CATALOG_MAX_BYTES);
  const signature = (await download(fetchImpl, `${href}${SIGNATURE_SUFFIX}`, SIGNATURE_MAX_BYTES)).toString('utf8');
  return { payload, signature, source: href };
}

/**
 * Reads a catalog file and FILE.minisig beside it: regular files only (a FIFO or device is
 * IO_ERROR before a byte is read, so nothing blocks), each bounded (M3).
 */
export async function readSignedCatalogFile(path: string): Promise<SignedCatalog> {
  const payload = await readRegularFile(path, {
    maxBytes: CATALOG_MAX_BYTES,
    action: 'read the catalog file',
    notFound: () => failed(`Could not read the catalog file ${path}: there is no such file.`),
    tooLarge: () => new AppError('CATALOG_INVALID', `The catalog is larger than ${CATALOG_MAX_BYTES} bytes.`),
  });
  const signatureFile = `${path}${SIGNATURE_SUFFIX}`;
  const noSignature = () => new AppError('CATALOG_SIGNATURE_INVALID', `There is no signature beside the catalog: ${signatureFile} could not be read. Sign it with minisign -S.`);
  let signature: Buffer;
  try {
    signature = await readRegularFile(signatureFile, { maxBytes: SIGNATURE_MAX_BYTES, action: 'read the signature file', notFound: noSignature, tooLarge: noSignature });
  } catch (cause) {
    if (cause instanceof AppError && cause.code === 'CATALOG_SIGNATURE_INVALID') throw cause;
    throw new AppError('CATALOG_SIGNATURE_INVALID', `There is no signature beside the catalog: ${signatureFile} could not be read. Sign it with minisign -S.`, { cause });
  }
  return { payload, signature: signature.toString('utf8'), source: path };
}

/** A catalog the user uploaded (a host without file dialogs): its bytes, signature text and file name. */
export function uploadedSignedCatalog(upload: { catalogBase64: string; signature: string; name: string }): SignedCatalog {
  const payload = Buffer.from(upload.catalogBase64, 'base64');
  if (payload.byteLength > CATALOG_MAX_BYTES) throw new AppError('CATALOG_INVALID', `The catalog is larger than ${CATALOG_MAX_BYTES} bytes.`);
  return { payload, signature: upload.signature, source: `uploaded file ${upload.name}` };
}
