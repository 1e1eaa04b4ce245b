import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Maps an apppass://app/… request to a file inside the renderer folder, or null. Refused: other
 * hosts, encoded or plain "..", backslashes, NUL, absolute paths after decoding, anything that
 * resolves outside `rendererDir`. "/" is index.html.
 */
export function resolveRendererPath(rendererDir: string, requestUrl: string, appOrigin: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (`${url.protocol}//${url.host}` !== appOrigin) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const segments = pathname.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const rel = segments.length === 0 ? 'index.html' : segments.join('/');
  if (isAbsolute(rel)) return null;
  const root = resolve(rendererDir);
  const file = resolve(root, rel);
  const within = relative(root, file);
  if (within === '' || within.startsWith('..') || isAbsolute(within) || within.split(sep).includes('..')) return null;
  return file;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
