import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface CertPair {
  certFile: string;
  keyFile: string;
  certPem: string;
}

export interface TestCertificates {
  /** The throwaway test CA; trust it (caPem / caFile) to make the servers' certificate valid. */
  caPem: string;
  caFile: string;
  /** Server certificate signed by the test CA, SAN IP:127.0.0.1 and DNS:localhost. */
  server: CertPair;
  /** A self-signed certificate nobody trusts (same SANs), for the untrusted-certificate test. */
  untrusted: CertPair;
}

async function openssl(args: string[]): Promise<void> {
  await run('openssl', args, { timeout: 20_000 });
}

/** Makes a test CA, a server certificate it signed, and an untrusted self-signed one, in `dir`. */
export async function makeTestCertificates(dir: string): Promise<TestCertificates> {
  const p = (name: string): string => join(dir, name);
  const ext = p('san.ext');
  writeFileSync(ext, 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n');
  await openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=AppPass Test CA', '-keyout', p('ca.key'), '-out', p('ca.pem'), '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  await openssl(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-subj', '/CN=localhost', '-keyout', p('server.key'), '-out', p('server.csr')]);
  await openssl(['x509', '-req', '-in', p('server.csr'), '-CA', p('ca.pem'), '-CAkey', p('ca.key'), '-CAcreateserial', '-days', '2', '-extfile', ext, '-out', p('server.pem')]);
  await openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=localhost', '-keyout', p('untrusted.key'), '-out', p('untrusted.pem'), '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost']);
  return {
    caPem: readFileSync(p('ca.pem'), 'utf8'),
    caFile: p('ca.pem'),
    server: { certFile: p('server.pem'), keyFile: p('server.key'), certPem: readFileSync(p('server.pem'), 'utf8') },
    untrusted: { certFile: p('untrusted.pem'), keyFile: p('untrusted.key'), certPem: readFileSync(p('untrusted.pem'), 'utf8') },
  };
}
