import { AppError } from '../../errors/index.ts';

/** Outcome of one HTTP step: the body, or why there is none. */
export type FetchOutcome = { kind: 'ok'; body: string } | { kind: 'not-found'; reason: string } | { kind: 'timeout' } | { kind: 'error'; reason: string };

/**
 * GETs a URL within `timeoutMs`, reading at most `maxBytes` (more → AUTOCONFIG_INVALID). Redirects
 * are not followed (an autoconfig file that moves is treated as absent). Never throws for network trouble.
 */
export async function fetchLimited(fetchImpl: typeof fetch, url: string, timeoutMs: number, maxBytes: number): Promise<FetchOutcome> {
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetchImpl(url, { signal, redirect: 'manual', headers: { accept: 'application/xml, text/xml' } });
  } catch (error) {
    if (signal.aborted) return { kind: 'timeout' };
    const cause = (error as { cause?: { code?: unknown } }).cause;
    return { kind: 'error', reason: typeof cause?.code === 'string' ? cause.code : 'network error' };
  }
  if (response.status !== 200) {
    await response.body?.cancel().catch(() => undefined);
    return { kind: 'not-found', reason: `HTTP ${response.status}` };
  }
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new AppError('AUTOCONFIG_INVALID', `The mail settings file is larger than ${maxBytes} bytes.`, { details: { limit: maxBytes } });
  }
  const reader = response.body?.getReader();
  if (reader === undefined) return { kind: 'ok', body: '' };
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new AppError('AUTOCONFIG_INVALID', `The mail settings file is larger than ${maxBytes} bytes.`, { details: { limit: maxBytes } });
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (signal.aborted) return { kind: 'timeout' };
    return { kind: 'error', reason: 'connection lost while reading' };
  }
  return { kind: 'ok', body: Buffer.concat(chunks).toString('utf8') };
}
