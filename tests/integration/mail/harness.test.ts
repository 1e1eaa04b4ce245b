import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { missingTools } from '../../support/require-tool.ts';
import { MAIL_TOOLS, startMailServers } from '../../support/mail/index.ts';

const missing = missingTools(MAIL_TOOLS);

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

describe.skipIf(missing)('mail harness', () => {
  it('starts four listeners with a CA-signed certificate and frees them all on stop', async () => {
    const servers = await startMailServers({ user: 'bob@example.net', password: 'pw-for-bob' });
    const ports = [servers.imap.port, servers.imap.tlsPort, servers.smtp.port, servers.smtp.tlsPort];
    expect(new Set(ports).size).toBe(4);
    expect(servers.caPem).toMatch(/BEGIN CERTIFICATE/);
    expect(servers.untrusted.certPem).not.toBe(servers.caPem);
    expect(servers.user).toBe('bob@example.net');
    for (const p of ports) expect(await accepts(p)).toBe(true);
    await servers.stop();
    for (const p of ports) expect(await accepts(p)).toBe(false);
  });
});
