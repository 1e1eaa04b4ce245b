import { readFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { AppError } from '../../errors/index.ts';
import { CATALOG_MAX_BYTES } from './accept-catalog.ts';

/** A catalog's bytes and the text of its detached signature, read from the same place. */
export interface SignedCatalog {
  payload: Buffer;
  signature: string;
  /** Where it was read from, for the status line (never holds credentials). */
  source: string;
}

const SIGNATURE_SUFFIX = '.minisig';
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
 * URL is downloaded; anything else must be an absolute file path. Network use happens only here,
 * only when the user asked for an update or turned automatic checks on.
 */
export async function readSignedCatalog(from: string, fetchImpl: typeof fetch = (i, o) => fetch(i, o)): Promise<SignedCatalog> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(from)) {
    let url: URL;
    try {
      url = new URL(from);
    } catch {
      throw new AppError('USAGE', 'The catalog address is not a valid URL.');
    }
    if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') throw new AppError('USAGE', 'Catalog updates are read only from https:// addresses without credentials.');
    const href = url.href;
    const payload = await download(fetchImpl, href, CATALOG_MAX_BYTES);
    const signature = (await download(fetchImpl, `${href}${SIGNATURE_SUFFIX}`, 4096)).toString('utf8');
    return { payload, signature, source: href };
  }
  if (!isAbsolute(from)) throw new AppError('USAGE', 'Give the catalog file as an absolute path, or an https:// URL.');
  let payload: Buffer;
  let signature: string;
  try {
    payload = await readFile(from);
  } catch (cause) {
    throw failed(`Could not read the catalog file ${from}.`, cause);
  }
  if (payload.byteLength > CATALOG_MAX_BYTES) throw new AppError('CATALOG_INVALID', `The catalog is larger than ${CATALOG_MAX_BYTES} bytes.`);
  try {
    signature = await readFile(`${from}${SIGNATURE_SUFFIX}`, 'utf8');
  } catch (cause) {
    throw new AppError('CATALOG_SIGNATURE_INVALID', `There is no signature beside the catalog: ${from}${SIGNATURE_SUFFIX} could not be read. Sign it with minisign -S.`, { cause });
  }
  return { payload, signature, source: from };
}
