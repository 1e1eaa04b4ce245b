import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/** Longest request URL the renderer server looks at. */
const MAX_URL_LENGTH = 2048;

/**
 * Maps a request for the renderer to a file inside `rendererDir`, or null. Both hosts pass the
 * request's URL as it arrived (the browser host: its origin + the raw request target), so dot
 * segments are refused here rather than resolved by a URL parser: "/a/../index.html" is refused,
 * like "%2e%2e", encoded slashes or backslashes, NUL, empty segments, other origins and anything
 * that would resolve outside the folder. "/" is index.html; the query and fragment are ignored.
 */
export function rendererFileFor(rendererDir: string, requestUrl: string, appOrigin: string): string | null {
  if (typeof requestUrl !== 'string' || requestUrl.length > MAX_URL_LENGTH) return null;
  const prefix = `${appOrigin}/`;
  if (!requestUrl.startsWith(prefix)) return null;
  const path = requestUrl.slice(prefix.length).split(/[?#]/, 1)[0] ?? '';
  const segments: string[] = [];
  if (path !== '') {
    for (const raw of path.split('/')) {
      let segment: string;
      try {
        segment = decodeURIComponent(raw);
      } catch {
        return null;
      }
      if (segment === '' || segment === '.' || segment === '..' || /[\\/\0]/.test(segment)) return null;
      segments.push(segment);
    }
  }
  const root = resolve(rendererDir);
  const file = resolve(root, ...(segments.length === 0 ? ['index.html'] : segments));
  const within = relative(root, file);
  if (within === '' || isAbsolute(within) || within.split(sep).includes('..')) return null;
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
