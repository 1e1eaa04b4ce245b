import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parsePlist } from 'plist';
import { runCli } from '../../../electron/cli/run-cli.ts';
import { fakeCliIO } from '../../support/fake-cli-io.ts';
import { missingTools } from '../../support/require-tool.ts';
import { MAIL_TOOLS, freePort, startMailServers, type MailServers } from '../../support/mail/index.ts';
import { makeTempVault, type TempVault } from '../../support/temp-vault.ts';

const missing = missingTools(MAIL_TOOLS);
const MASTER = 'correct horse battery staple';

describe.skipIf(missing)('apppass check / profile against the harness servers', () => {
  let servers: MailServers;
  let made: TempVault | undefined;
  let dir: string;
  let vault: string;
  let okId: string;
  let wrongId: string;
  let icloudId: string;

  beforeAll(async () => {
    servers = await startMailServers();
    made = await makeTempVault({ password: MASTER, prefix: 'apppass-cli-mail-' });
    ({ dir, path: vault } = made);
    const { session } = made;
    const server = {
      imap: { host: '127.0.0.1', port: servers.imap.tlsPort, security: 'ssl' as const, username: servers.user },
      smtp: { host: '127.0.0.1', port: servers.smtp.port, security: 'starttls' as const, username: servers.user },
    };
    okId = session.add({ provider: 'custom', account: servers.user, label: 'test', secret: servers.password, server }).id;
    wrongId = session.add({ provider: 'custom', account: servers.user, label: 'wrong', secret: 'not-the-password-99', server }).id;
    icloudId = session.add({ provider: 'icloud', account: 'jane.doe@icloud.com', label: 'iPhone', secret: 'abcd-efgh-ijkl-mnop' }).id;
    await session.save();
    session.lock();
  });
  afterAll(async () => {
    await servers?.stop();
    made?.cleanup();
  });

  const serverArgs = (port: number, security: string): string[] => ['--protocol', 'imap', '--host', '127.0.0.1', '--port', String(port), '--security', security, '--user', servers.user, '--ca', servers.caFile];

  it('check with options: OK exits 0, password read from stdin line 1 and never printed', async () => {
    const io = fakeCliIO([servers.password]);
    const code = await runCli(['check', ...serverArgs(servers.imap.tlsPort, 'ssl'), '--json'], io);
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(io.out()) as { category: string; elapsedMs: number };
    expect(result.category).toBe('OK');
    expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(io.out() + io.err()).not.toContain(servers.password);
  });

  it('check with a wrong password exits 7 with AUTH_FAILED', async () => {
    const io = fakeCliIO(['wrong-pass-77']);
    const code = await runCli(['check', ...serverArgs(servers.imap.port, 'starttls')], io);
    expect(code).toBe(7);
    expect(io.out()).toMatch(/AUTH_FAILED/);
    expect(io.out() + io.err()).not.toContain('wrong-pass-77');
  });

  it('check on a closed port exits 7 with CONNECTION_REFUSED', async () => {
    const io = fakeCliIO([servers.password]);
    expect(await runCli(['check', ...serverArgs(await freePort(), 'ssl')], io)).toBe(7);
    expect(io.out()).toMatch(/CONNECTION_REFUSED/);
  });

  it('check with bad options is a usage error (exit 2)', async () => {
    expect(await runCli(['check', '--protocol', 'ftp'], fakeCliIO(['x']))).toBe(2);
    expect(await runCli(['check', '--protocol', 'imap', '--host', '127.0.0.1'], fakeCliIO(['x']))).toBe(2);
    expect(await runCli(['check', ...serverArgs(993, 'tls')], fakeCliIO(['x']))).toBe(2);
    expect(await runCli(['check', ...serverArgs(70000, 'ssl')], fakeCliIO(['x']))).toBe(2);
  });

  it('check ID uses the entry: master password first on stdin; OK → 0, wrong → 7', async () => {
    const ok = fakeCliIO([MASTER]);
    expect(await runCli(['--vault', vault, 'check', okId, '--ca', servers.caFile, '--json'], ok)).toBe(0);
    const results = JSON.parse(ok.out()) as Array<{ protocol: string; category: string }>;
    expect(results.map((r) => [r.protocol, r.category])).toEqual([
      ['imap', 'OK'],
      ['smtp', 'OK'],
    ]);
    const wrong = fakeCliIO([MASTER]);
    expect(await runCli(['--vault', vault, 'check', wrongId, '--protocol', 'smtp', '--ca', servers.caFile], wrong)).toBe(7);
    expect(wrong.out()).toMatch(/SMTP .*AUTH_FAILED/);
    expect(wrong.out()).not.toContain('not-the-password-99');
  });

  it('check ID with a wrong master password exits 3', async () => {
    expect(await runCli(['--vault', vault, 'check', okId], fakeCliIO(['nope']))).toBe(3);
  });

  it('profile ID writes a mobileconfig from the catalog servers, without the password by default', async () => {
    const out = join(dir, 'jane.mobileconfig');
    const io = fakeCliIO([MASTER]);
    expect(await runCli(['--vault', vault, 'profile', icloudId, '--format', 'mobileconfig', '--out', out], io)).toBe(0);
    const content = readFileSync(out, 'utf8');
    expect(content).not.toContain('abcd-efgh-ijkl-mnop');
    const mail = ((parsePlist(content) as Record<string, unknown>)['PayloadContent'] as Array<Record<string, unknown>>)[0];
    expect(mail).toMatchObject({ IncomingMailServerHostName: 'imap.mail.me.com', IncomingMailServerUsername: 'jane.doe', OutgoingMailServerUsername: 'jane.doe@icloud.com' });
    // Never overwrites (IO_ERROR, exit 8).
    expect(await runCli(['--vault', vault, 'profile', icloudId, '--format', 'mobileconfig', '--out', out], fakeCliIO([MASTER]))).toBe(8);
  });

  it('profile --include-password warns and writes an owner-only file', async () => {
    const out = join(dir, 'with-pw.mobileconfig');
    const io = fakeCliIO([MASTER]);
    expect(await runCli(['--vault', vault, 'profile', icloudId, '--format', 'mobileconfig', '--include-password', '--out', out], io)).toBe(0);
    expect(io.err()).toMatch(/plain text/);
    expect(readFileSync(out, 'utf8')).toContain('abcd-efgh-ijkl-mnop');
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it('profile --format thunderbird writes config-v1.1.xml; bad format is a usage error', async () => {
    const out = join(dir, 'config-v1.1.xml');
    expect(await runCli(['--vault', vault, 'profile', okId, '--format', 'thunderbird', '--out', out], fakeCliIO([MASTER]))).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<socketType>SSL</socketType>');
    expect(await runCli(['--vault', vault, 'profile', okId, '--format', 'pdf', '--out', out], fakeCliIO([MASTER]))).toBe(2);
  });

  it('detect answers a catalog address offline', async () => {
    const io = fakeCliIO();
    expect(await runCli(['detect', 'someone@fastmail.com', '--json'], io)).toBe(0);
    const result = JSON.parse(io.out()) as { source: string; settings: { incoming: { host: string } } };
    expect(result.source).toBe('catalog');
    expect(result.settings.incoming.host).toBe('imap.fastmail.com');
    expect(await runCli(['detect', 'not-an-address'], fakeCliIO())).toBe(2);
  });
});
