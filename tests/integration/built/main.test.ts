import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { missingTools } from '../../support/require-tool.ts';
import { SECRET_SERVICE_TOOLS, startSecretService, useBus, type SecretService } from '../../support/secret-service.ts';
import { MAIL_TOOLS, startMailServers, type MailServers } from '../../support/mail/index.ts';
import { loadBuiltMain, type BuiltMain } from '../../support/built-main.ts';

// The Electron main process that ships, dist/main/main.cjs, driven through the IPC handlers it
// registers, with a fake `electron` module and the real gnome-keyring (private bus). This is the
// JavaScript users run, not the Electron runtime (docs/security.md).
const missing = missingTools([...SECRET_SERVICE_TOOLS, ...MAIL_TOOLS]);
if (missing) throw new Error(`The built-main tests need ${missing}; .ci/run installs them.`);

const MASTER = 'correct horse battery staple';
const SECRET = 'abcd efgh ijkl mnop';
const FAST_KDF = { memoryKiB: 19 * 1024, iterations: 2, parallelism: 1 };
const LOCKED_TRAY = ['Unlock…', '---', 'Open AppPass', 'Quit'];

let dir: string;
let keyring: SecretService;
let mail: MailServers;
let restoreBus: () => void;
let app: BuiltMain;
let entryId = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'apppass-built-main-'));
  // libdbus reads the bus address once per process: point this process at the private bus first.
  keyring = await startSecretService();
  mail = await startMailServers();
  restoreBus = useBus(keyring);
  app = await loadBuiltMain({ env: { APPPASS_VAULT: join(dir, 'vault.apppass') } });
});
afterAll(async () => {
  app?.close();
  restoreBus?.();
  await Promise.all([keyring?.stop(), mail?.stop()]);
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe('dist/main/main.cjs under a fake electron module', () => {
  it('starts, registers the contract, and shows the locked tray', () => {
    expect(app.started.status).toBe('running');
    expect(app.channels()).toContain('keychain.unlock');
    expect(app.trayLabels()).toEqual(LOCKED_TRAY);
  });

  it('the apppass:// protocol serves the renderer with the security headers, 404s included', async () => {
    const [scheme, handler] = app.electron.fake.protocol.handle.mock.calls[0] as unknown as [string, (r: { url: string; method: string }) => Promise<Response>];
    expect(scheme).toBe('apppass');
    const ok = await handler({ url: 'apppass://app/index.html', method: 'GET' });
    const missing = await handler({ url: 'apppass://app/%2e%2e/main/main.cjs', method: 'GET' });
    expect([ok.status, missing.status]).toEqual([200, 404]);
    for (const name of ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'cache-control']) {
      expect(missing.headers.get(name), name).toBe(ok.headers.get(name));
      expect(ok.headers.get(name), name).toBeTruthy();
    }
  });

  it('lazily loaded packages load in the bundle (zxcvbn through the shared module loader)', async () => {
    expect(await app.invoke('generator.strength', { password: 'Tr0ub4dor&3' })).toMatchObject({ ok: true, value: { score: expect.any(Number) } });
  });

  it('create a vault and add an entry: the tray is unlocked', async () => {
    expect(await app.invoke('vault.create', { password: MASTER, kdf: FAST_KDF })).toMatchObject({ ok: true });
    const added = await app.invoke('entries.add', { provider: 'gmail', account: 'alice@gmail.com', label: 'Thunderbird', secret: SECRET });
    expect(added).toMatchObject({ ok: true });
    entryId = (added.value as { id: string }).id;
    expect(app.trayLabels()).toEqual(['Quick search…', 'Generate and copy', 'Lock now', '---', 'Open AppPass', 'Quit']);
  });

  it('mail.check signs in to the test Dovecot (imapflow) and smtp-server (nodemailer) from the bundle', async () => {
    // A server AppPass knows: the one saved with an entry (finding M5: no password to unknown servers).
    const server = (port: number) => ({ host: '127.0.0.1', port, security: 'ssl', username: mail.user });
    const saved = await app.invoke('entries.add', { provider: 'custom', account: mail.user, label: 'Harness', secret: mail.password, server: { imap: server(mail.imap.tlsPort), smtp: server(mail.smtp.tlsPort) } });
    expect(saved).toMatchObject({ ok: true });
    const common = { host: '127.0.0.1', security: 'ssl', username: mail.user, password: mail.password, caPem: mail.caPem };
    expect(await app.invoke('mail.check', { ...common, protocol: 'imap', port: mail.imap.tlsPort })).toMatchObject({ ok: true, value: { category: 'OK' } });
    expect(await app.invoke('mail.check', { ...common, protocol: 'smtp', port: mail.smtp.tlsPort })).toMatchObject({ ok: true, value: { category: 'OK' } });
  });

  it('copy goes through the clipboard guard with the no-history marker; the secret never reaches the renderer; the tray lists the recent copy', async () => {
    const copied = await app.invoke('clipboard.copyEntry', { id: entryId });
    expect(copied).toMatchObject({ ok: true, value: { clearsInSeconds: 20 } });
    expect(JSON.stringify(copied)).not.toContain(SECRET);
    expect(app.electron.clipboardState.text).toBe(SECRET);
    expect(Object.keys((app.electron.clipboardState.items[0] as { items: object }).items)).toContain(
      'electron application/osclipboard;format="x-kde-passwordManagerHint"',
    );
    expect(app.trayLabels()).toEqual(['alice@gmail.com', 'Thunderbird', '---', 'Quick search…', 'Generate and copy', 'Lock now', '---', 'Open AppPass', 'Quit']);
    // The tray's own "Copy password" copies through the same guard.
    await app.invoke('clipboard.clear');
    app.clickTray('Thunderbird', 'Copy password');
    await vi.waitFor(() => expect(app.electron.clipboardState.text).toBe(SECRET));
  });

  it('the quick-search popup may search and copy but never reveal; strangers get nothing', async () => {
    app.clickTray('Quick search…');
    expect(await app.invoke('shell.quickSearch', { query: 'thunder' }, 'quick-search')).toMatchObject({ ok: true, value: [{ id: entryId }] });
    expect(await app.invoke('entries.reveal', { id: entryId }, 'quick-search')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await app.invoke('entries.reveal', { id: entryId }, 'untrusted')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await app.invoke('entries.reveal', { id: entryId })).toMatchObject({ ok: true, value: { secret: SECRET } });
  });

  it('lock clears our clipboard copy, reloads the windows and locks the tray', async () => {
    expect(await app.invoke('vault.lock')).toMatchObject({ ok: true, value: { unlocked: false } });
    await vi.waitFor(() => expect(app.electron.clipboardState.text).toBe(''));
    for (const win of app.electron.windows) expect(win.webContents.reloadIgnoringCache).toHaveBeenCalled();
    expect(app.trayLabels()).toEqual(LOCKED_TRAY);
  });

  it('keychain enable, lock, then quick unlock through the real Secret Service', async () => {
    expect(await app.invoke('vault.unlock', { password: MASTER })).toMatchObject({ ok: true });
    expect(await app.invoke('keychain.enable', { password: MASTER })).toMatchObject({ ok: true, value: { enabled: true } });
    await app.invoke('vault.lock');
    expect(app.trayLabels()).toEqual(LOCKED_TRAY);
    const unlocked = await app.invoke('keychain.unlock');
    expect(unlocked, JSON.stringify(unlocked)).toMatchObject({ ok: true, value: { unlocked: true } });
    expect(app.trayLabels()).toContain('Thunderbird');
  });

  it('auto-locks on idle even while the renderer keeps calling vault.status (issue 13)', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      expect(await app.invoke('settings.update', { autoLockMinutes: 1 })).toMatchObject({ ok: true });
      app.electron.fake.powerMonitor.getSystemIdleTime.mockReturnValue(61);
      for (let i = 0; i < 3; i += 1) {
        vi.advanceTimersByTime(5_000);
        await app.invoke('vault.status');
      }
      await vi.waitFor(() => expect(app.trayLabels()).toEqual(LOCKED_TRAY));
      expect(await app.invoke('vault.status')).toMatchObject({ ok: true, value: { unlocked: false } });
    } finally {
      vi.useRealTimers();
      app.electron.fake.powerMonitor.getSystemIdleTime.mockReturnValue(0);
    }
  });
});
