import { readFileSync } from 'node:fs';
import { AppError } from '../core/errors/index.ts';

/**
 * The CSP is written once, as the meta tag in renderer/index.html; hosts send the same policy as
 * a header. Reads it from the built index.html.
 */
export function readCspFromIndexHtml(indexHtmlPath: string): string {
  const html = readFileSync(indexHtmlPath, 'utf8');
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!match?.[1]) throw new AppError('INTERNAL', `No Content-Security-Policy meta tag in ${indexHtmlPath}.`);
  return match[1];
}
