import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';
import { contentTypeFor } from './protocol-path.ts';

/** Headers the apppass:// protocol handler sends with every file. */
export function responseHeaders(file: string): Record<string, string> {
  return {
    'Content-Type': contentTypeFor(file),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}
