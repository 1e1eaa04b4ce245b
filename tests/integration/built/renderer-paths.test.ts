import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingTools } from '../../support/require-tool.ts';
import { SECRET_SERVICE_TOOLS, startSecretService, useBus, type SecretService } from '../../support/secret-service.ts';
import { loadBuiltMain, type BuiltMain } from '../../support/built-main.ts';

/**
 * H2 (security review 2026-11): a compromised renderer passed ~/.ssh/authorized_keys and
 * ~/.bash_profile to interop.exportFile and got attacker-chosen lines written there; it read CSV
 * files by path through previewImport and switched the vault with vault.openFile. Here the BUILT
 * Electron main (dist/main/main.cjs, fake electron module) is driven through its IPC handlers with
 * renderer-chosen paths: nothing is written or read. Then the way that works: the main process's
 * own dialogs, whose choices reach the renderer only as one-time grants.
 */
const missing = missingTools(SECRET_SERVICE_TOOLS);
if (missing) throw new Error(`The built-main tests need ${missing}; .ci/run installs them.`);

const MASTER = 'renderer paths master password';
const FAST_KDF = { memoryKiB: 19 * 1024, iterations: 2, parallelism: 1 };
let dir: string;
let victimHome: string;
let keyring: SecretService;
let restoreBus: () => void;
let app: BuiltMain;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'apppass-renderer-paths-'));
  victimHome = join(dir, 'home');
  keyring = await startSecretService();
  restoreBus = useBus(keyring);
  app = await loadBuiltMain({ env: { APPPASS_VAULT: join(dir, 'vault.apppass') } });
  expect(await app.invoke('vault.create', { password: MASTER, kdf: FAST_KDF })).toMatchObject({ ok: true });
  // The red team's payload: an entry whose notes put an ssh key and a shell command on lines of their own.
  const notes = '"\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIattacker attacker@evil\n\'; touch /tmp/PWNED; #';
  expect(await app.invoke('entries.add', { account: 'x@example.com', label: 'x', secret: 'S', notes })).toMatchObject({ ok: true });
});
afterAll(async () => {
  app?.close();
  restoreBus?.();
  await keyring?.stop();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe('dist/main/main.cjs: no file-system path from the renderer (H2)', () => {
  it('interop.exportFile with renderer-chosen paths writes nothing and makes no folder', async () => {
    for (const path of [join(victimHome, '.ssh', 'authorized_keys'), join(victimHome, '.bash_profile'), join(dir, 'export.csv')]) {
      for (const input of [
        { format: 'csv', confirmPlaintext: true, masterPassword: MASTER, path },
        { format: 'json', password: 'export pw', path },
        { format: 'csv', confirmPlaintext: true, masterPassword: MASTER, grant: 'A'.repeat(24) }, // a made-up grant
      ]) {
        const result = await app.invoke('interop.exportFile', input);
        expect(result.ok, JSON.stringify(result)).toBe(false);
        expect(['VALIDATION', 'USAGE']).toContain(result.error?.code);
      }
    }
    expect(existsSync(victimHome)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['vault.apppass', 'vault.apppass.bak']);
  });

  it('previewImport / applyImport with a renderer-chosen path read nothing (a FIFO would block or be refused if opened)', async () => {
    const csv = join(dir, 'Chrome Passwords.csv');
    writeFileSync(csv, 'url,username,password\nhttps://bank.example,me,BANK-PASSWORD-123\n');
    const pipe = join(dir, 'pipe.csv');
    execFileSync('mkfifo', [pipe]);
    const before = statSync(csv).atimeMs;
    for (const path of [csv, pipe]) {
      for (const call of ['interop.previewImport', 'interop.applyImport']) {
        const result = await app.invoke(call, { format: 'csv', path, mapping: { account: 'url', label: 'password' } });
        expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
        expect(JSON.stringify(result)).not.toContain('BANK-PASSWORD-123');
      }
    }
    expect(statSync(csv).atimeMs).toBe(before);
    rmSync(pipe);
    rmSync(csv);
  });

  it('vault.openFile with a renderer-chosen path is refused and the vault file stays', async () => {
    const other = join(dir, 'other.apppass');
    writeFileSync(other, 'not read');
    expect(await app.invoke('vault.openFile', { path: other })).toMatchObject({ ok: false, error: { code: 'USAGE' } });
    expect(await app.invoke('vault.status')).toMatchObject({ ok: true, value: { path: join(dir, 'vault.apppass') } });
    rmSync(other);
  });

  it('what works: the main process’s save/open dialogs hand the renderer one-time grants', async () => {
    const target = join(dir, 'chosen-in-dialog.apppass-backup.json');
    app.electron.fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const choice = await app.invoke('interop.pickExportFile', { format: 'json' });
    expect(choice).toMatchObject({ ok: true, value: { path: target } });
    const grant = (choice.value as { grant: string }).grant;
    expect(await app.invoke('interop.exportFile', { format: 'json', password: 'export pw', grant })).toMatchObject({ ok: true, value: { path: target, entries: 1 } });
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readFileSync(target, 'utf8')).not.toContain('ssh-ed25519');
    // Used up: the same grant writes nothing a second time.
    expect(await app.invoke('interop.exportFile', { format: 'json', password: 'export pw', grant })).toMatchObject({ ok: false, error: { code: 'USAGE' } });
    app.electron.fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [target] });
    const importChoice = await app.invoke('interop.pickImportFile', { format: 'json' });
    const importGrant = (importChoice.value as { grant: string }).grant;
    expect(await app.invoke('interop.previewImport', { format: 'json', grant: importGrant, password: 'export pw' })).toMatchObject({ ok: true, value: { duplicates: 1 } });
  });
});
