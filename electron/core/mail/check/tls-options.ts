import { createSecureContext, rootCertificates, type SecureContext } from 'node:tls';

/** Secure contexts per extra CA: building one with all system roots costs ~150 ms, so reuse it. */
const contexts = new Map<string, SecureContext>();
const MAX_CONTEXTS = 8;

function contextFor(caPem: string): SecureContext {
  let context = contexts.get(caPem);
  if (context === undefined) {
    context = createSecureContext({ ca: [...rootCertificates, caPem], minVersion: 'TLSv1.2' });
    if (contexts.size >= MAX_CONTEXTS) contexts.delete(contexts.keys().next().value as string);
    contexts.set(caPem, context);
  }
  return context;
}

/** Node TLS options for a check: the system's roots plus an optional extra CA; never unverified. */
export function tlsOptions(host: string, caPem: string | undefined): { secureContext?: SecureContext; servername?: string; rejectUnauthorized: true; minVersion: 'TLSv1.2' } {
  const isIp = /^[0-9.]+$|:/.test(host);
  return {
    ...(caPem === undefined ? {} : { secureContext: contextFor(caPem) }),
    ...(isIp ? {} : { servername: host }),
    rejectUnauthorized: true,
    minVersion: 'TLSv1.2',
  };
}
