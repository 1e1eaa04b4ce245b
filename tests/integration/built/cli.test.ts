import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingTools } from '../../support/require-tool.ts';
import { SECRET_SERVICE_TOOLS, startSecretService, type SecretService } from '../../support/secret-service.ts';
import { MAIL_TOOLS, startMailServers, type MailServers } from '../../support/mail/index.ts';
import { runBuiltCli, type CliRun } from '../../support/built-cli.ts';

// The CLI users run: bin/apppass.mjs over dist/cli, each command in its own process against real
// services (gnome-keyring's Secret Service on a private bus, Dovecot). Nothing here imports the
// sources: a bundling mistake (issue 13: quick unlock broken in dist/cli) fails these tests.
const missing = missingTools([...SECRET_SERVICE_TOOLS, ...MAIL_TOOLS]);
if (missing) throw new Error(`The built-CLI tests need ${missing}; .ci/run installs them.`);

const MASTER = 'correct horse battery staple';
const EXPORT_PASSWORD = 'export password 42';
const SECRET = 'abcd efgh ijkl mnop';
const FAST_KDF = ['--kdf-memory', '19', '--kdf-iterations', '2', '--kdf-parallelism', '1'];

let dir: string;
let vault: string;
let keyring: SecretService;
let mail: MailServers;
let entryId = '';
let gmailId = '';

/** One `apppass` run on the test vault, with the private bus in its environment. */
function apppass(args: string[], stdin = '', vaultPath = vault): Promise<CliRun> {
  return runBuiltCli(['--vault', vaultPath, ...args], { stdin, env: keyring.env });
}
function ok(run: CliRun): CliRun {
  expect(run.status, `exit ${run.status}\nstdout: ${run.stdout}\nstderr: ${run.stderr}`).toBe(0);
  return run;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'apppass-built-cli-'));
  vault = join(dir, 'vault.apppass');
  [keyring, mail] = await Promise.all([startSecretService(), startMailServers()]);
});
afterAll(async () => {
  await Promise.all([keyring?.stop(), mail?.stop()]);
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe('the built apppass CLI in real processes', () => {
  it('--version and --help answer without a vault', async () => {
    expect(ok(await runBuiltCli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(ok(await runBuiltCli(['--help'])).stdout).toContain('Usage: apppass');
  });

  it('init, add, list, show, info', async () => {
    ok(await apppass(['init', '--password-stdin', ...FAST_KDF], `${MASTER}\n`));
    const server = ['--account', mail.user, '--label', 'Harness', '--json'];
    entryId = (JSON.parse(ok(await apppass(['--password-stdin', 'add', ...server], `${MASTER}\n${mail.password}\n`)).stdout) as { id: string }).id;
    gmailId = ok(await apppass(['--password-stdin', 'add', '--account', 'jane.doe@gmail.com', '--label', 'Phone', '--provider', 'gmail'], `${MASTER}\n${SECRET}\n`)).stdout.trim();
    const list = ok(await apppass(['--password-stdin', 'list', '--json'], `${MASTER}\n`));
    expect((JSON.parse(list.stdout) as Array<{ label: string }>).map((e) => e.label).sort()).toEqual(['Harness', 'Phone']);
    expect(list.stdout).not.toContain(SECRET);
    expect(JSON.parse(ok(await apppass(['--password-stdin', 'show', entryId, '--json'], `${MASTER}\n`)).stdout)).toMatchObject({ secret: mail.password });
    expect(JSON.parse(ok(await apppass(['info', '--json'])).stdout)).toMatchObject({ kdf: { algorithm: 'argon2id' }, wraps: ['password'] });
  });

  it("an error says what happened, then what to do in the CLI's own words (electron/cli/advice.ts)", async () => {
    const unknown = await apppass(['--password-stdin', 'show', 'no-such-id'], `${MASTER}\n`);
    expect(unknown.status).toBe(5);
    expect(unknown.stderr).toBe('apppass: NOT_FOUND: No entry with id no-such-id. Run `apppass list` to see the ids.\n');
    const wrong = await apppass(['--password-stdin', 'list', '--json'], 'not the password\n');
    expect(wrong.status).toBe(3);
    expect(JSON.parse(wrong.stderr)).toEqual({
      error: { code: 'WRONG_PASSWORD', message: 'The master password is wrong.', advice: 'Try again (check Caps Lock and the keyboard layout).' },
    });
  });

  it('keychain enable, then --keychain list unlocks through the real Secret Service; disable turns it off', async () => {
    ok(await apppass(['--password-stdin', 'keychain', 'enable'], `${MASTER}\n`));
    expect(ok(await apppass(['keychain', 'status'])).stdout).toContain('quick unlock: on');
    const list = ok(await apppass(['--keychain', 'list', '--json']));
    expect(JSON.parse(list.stdout)).toHaveLength(2);
    ok(await apppass(['--keychain', 'keychain', 'disable']));
    const refused = await apppass(['--keychain', 'list']);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/^apppass: MASTER_PASSWORD_REQUIRED: /);
  });

  it('generate and detect work without a vault', async () => {
    const generated = JSON.parse(ok(await runBuiltCli(['generate', '--kind', 'pin', '--length', '6', '--count', '3', '--json'])).stdout) as { passwords: string[] };
    expect(generated.passwords).toHaveLength(3);
    for (const pin of generated.passwords) expect(pin).toMatch(/^\d{6}$/);
    const detected = JSON.parse(ok(await runBuiltCli(['detect', 'someone@gmail.com', '--json'])).stdout) as { source: string; provider: { id: string } };
    expect(detected).toMatchObject({ source: 'catalog', provider: { id: 'gmail' } });
  });

  it('check signs in to the test Dovecot (exit 0, password never printed), and a wrong password exits 7', async () => {
    const args = ['--protocol', 'imap', '--host', '127.0.0.1', '--port', String(mail.imap.tlsPort), '--security', 'ssl', '--user', mail.user, '--ca', mail.caFile, '--json'];
    const good = ok(await runBuiltCli(['check', ...args], { stdin: `${mail.password}\n` }));
    expect(JSON.parse(good.stdout)).toMatchObject({ category: 'OK' });
    expect(good.stdout + good.stderr).not.toContain(mail.password);
    const bad = await runBuiltCli(['check', ...args], { stdin: 'not-the-password-99\n' });
    expect(bad.status).toBe(7);
    // SMTP goes through nodemailer, loaded in its own chunk.
    const smtp = ['--protocol', 'smtp', '--host', '127.0.0.1', '--port', String(mail.smtp.tlsPort), '--security', 'ssl', '--user', mail.user, '--ca', mail.caFile, '--json'];
    expect(JSON.parse(ok(await runBuiltCli(['check', ...smtp], { stdin: `${mail.password}\n` })).stdout)).toMatchObject({ category: 'OK' });
  });

  it('profile writes a Thunderbird file and a settings sheet for an entry', async () => {
    const xml = join(dir, 'config-v1.1.xml');
    ok(await apppass(['--password-stdin', 'profile', gmailId, '--format', 'thunderbird', '--out', xml], `${MASTER}\n`));
    expect(readFileSync(xml, 'utf8')).toContain('<clientConfig');
    const sheet = join(dir, 'sheet.json');
    ok(await apppass(['--password-stdin', 'profile', gmailId, '--format', 'sheet-json', '--out', sheet], `${MASTER}\n`));
    expect(readFileSync(sheet, 'utf8')).toContain('imap.gmail.com');
    expect(readFileSync(sheet, 'utf8')).not.toContain(SECRET);
  });

  it('export KDBX and CSV, import both into a second vault (kdbxweb and papaparse load in the bundle)', async () => {
    const kdbx = join(dir, 'out.kdbx');
    const csv = join(dir, 'out.csv');
    ok(await apppass(['--password-stdin', 'export', '--format', 'kdbx', '--out', kdbx], `${MASTER}\n${EXPORT_PASSWORD}\n`));
    ok(await apppass(['--password-stdin', 'export', '--format', 'csv', '--out', csv, '--yes-plaintext'], `${MASTER}\n`));
    expect(statSync(csv).mode & 0o077).toBe(0);
    expect(readFileSync(csv, 'utf8')).toContain('jane.doe@gmail.com');

    const second = join(dir, 'second.apppass');
    ok(await apppass(['init', '--password-stdin', ...FAST_KDF], `${MASTER}\n`, second));
    const fromKdbx = JSON.parse(ok(await apppass(['--password-stdin', 'import', '--format', 'kdbx', kdbx, '--json'], `${MASTER}\n${EXPORT_PASSWORD}\n`, second)).stdout) as { result: { added: number } };
    expect(fromKdbx.result.added).toBe(2);
    const fromCsv = JSON.parse(ok(await apppass(['--password-stdin', 'import', '--format', 'csv', csv, '--json'], `${MASTER}\n`, second)).stdout) as { preview: { duplicates: number } };
    expect(fromCsv.preview.duplicates).toBe(2);
    const shown = JSON.parse(ok(await apppass(['--password-stdin', 'list', '--json'], `${MASTER}\n`, second)).stdout) as unknown[];
    expect(shown).toHaveLength(2);
  });

  it('passwd, rm and restore-backup', async () => {
    const NEW = 'a different master password';
    ok(await apppass(['--password-stdin', 'passwd'], `${MASTER}\n${NEW}\n`));
    expect((await apppass(['--password-stdin', 'list'], `${MASTER}\n`)).status).toBe(3);
    ok(await apppass(['--password-stdin', 'rm', entryId], `${NEW}\n`));
    expect(JSON.parse(ok(await apppass(['--password-stdin', 'list', '--json'], `${NEW}\n`)).stdout)).toHaveLength(1);
    ok(await apppass(['restore-backup', '--yes']));
    expect(JSON.parse(ok(await apppass(['--password-stdin', 'list', '--json'], `${NEW}\n`)).stdout)).toHaveLength(2);
  });
});
