import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';

/**
 * The headers every answer from the renderer server carries, files and errors alike, in both
 * hosts: the CSP, no MIME sniffing, no framing, no referrer, no caching, and isolation from other
 * origins' windows and fetches.
 */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}
