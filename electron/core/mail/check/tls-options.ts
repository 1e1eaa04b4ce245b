import { rootCertificates } from 'node:tls';

/** Node TLS options for a check: the system's roots plus an optional extra CA; never unverified. */
export function tlsOptions(host: string, caPem: string | undefined): { ca?: string[]; servername?: string; rejectUnauthorized: true; minVersion: 'TLSv1.2' } {
  const isIp = /^[0-9.]+$|:/.test(host);
  return {
    ...(caPem === undefined ? {} : { ca: [...rootCertificates, caPem] }),
    ...(isIp ? {} : { servername: host }),
    rejectUnauthorized: true,
    minVersion: 'TLSv1.2',
  };
}
