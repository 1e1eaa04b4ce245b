import { readFile, stat } from 'node:fs/promises';
import type { HostLog } from './host-log.ts';
import { contentTypeFor, rendererFileFor } from './renderer-files.ts';
import { securityHeaders } from './security-headers.ts';

export interface RendererRequest {
  /** The full request URL as it arrived (apppass://app/…, or the browser host's origin + raw target). */
  url: string;
  method: string;
}

export interface RendererAnswer {
  status: 200 | 404 | 405;
  headers: Record<string, string>;
  /** null for HEAD and for errors. */
  body: Uint8Array | null;
}

/** Biggest renderer file served (the built bundle is well under this). */
const MAX_FILE_BYTES = 32 * 1024 * 1024;

function refusal(status: 404 | 405): RendererAnswer {
  return { status, headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' }, body: null };
}

/**
 * Answers one request for the built renderer, for both hosts (Electron's apppass:// protocol and
 * the browser host's 127.0.0.1 server): GET or HEAD of a regular file that the strict path guard
 * (rendererFileFor) maps inside `rendererDir`. Every answer, errors included, carries the same
 * security headers; a refused path is logged once.
 */
export async function answerRendererRequest(rendererDir: string, appOrigin: string, request: RendererRequest, log: HostLog): Promise<RendererAnswer> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
  const file = rendererFileFor(rendererDir, request.url, appOrigin);
  if (file === null) {
    log.refused('path', 'outside the renderer or malformed', request.url);
    return refusal(404);
  }
  const info = await stat(file).catch(() => null);
  if (info === null || !info.isFile() || info.size > MAX_FILE_BYTES) return refusal(404);
  const headers = { ...securityHeaders(), 'Content-Type': contentTypeFor(file), 'Content-Length': String(info.size) };
  if (request.method === 'HEAD') return { status: 200, headers, body: null };
  const body = await readFile(file).catch(() => null);
  return body === null ? refusal(404) : { status: 200, headers, body };
}
