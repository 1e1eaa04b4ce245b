import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../../../electron/core/api/index.ts';
import { VaultService } from '../../../../electron/core/vault/index.ts';
import { runFakeCli } from '../../../support/fake-cli-io.ts';
import { MASTER, sampleVault } from '../../../support/sample-vault.ts';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

const cli = (argv: string[], stdin: string[], cwd: string) => runFakeCli(argv, stdin, { cwd });

describe('interop contract calls', () => {
  it('exportFile returns base64 or writes where the host dialog chose (0600, never over a file); previewImport then applyImport', async () => {
    const { session, dir, path, cleanup } = await sampleVault();
    cleanups.push(cleanup);
    session.lock();
    const vault = new VaultService(path);
    const out = join(dir, 'export.kdbx');
    let dialogAnswer: string | null = out;
    const shell = { isExternalLinkAllowed: () => false, openExternal: async () => undefined, pickExportPath: async () => dialogAnswer, pickImportPath: async () => dialogAnswer };
    const handlers = createHandlers({ version: 't', platform: 'linux', vaultPath: path, vault, shell });
    await vault.unlock(MASTER);
    const asBytes = await dispatch(handlers, 'interop.exportFile', { format: 'json', password: 'exp' });
    expect(asBytes).toMatchObject({ ok: true, value: { path: null, entries: 2 } });
    const choice = await dispatch(handlers, 'interop.pickExportFile', { format: 'kdbx' });
    expect(choice).toMatchObject({ ok: true, value: { path: out, grant: expect.stringMatching(/^[A-Za-z0-9_-]{24}$/) } });
    const grant = (choice as { value: { grant: string } }).value.grant;
    // The file password typed twice: a difference is refused before the grant is used or anything written.
    expect(await dispatch(handlers, 'interop.exportFile', { format: 'kdbx', password: 'exp', passwordConfirm: 'exq', grant })).toMatchObject({
      ok: false,
      error: { code: 'USAGE', details: { reason: 'export-password-mismatch' } },
    });
    expect(() => statSync(out)).toThrow();
    expect(await dispatch(handlers, 'interop.exportFile', { format: 'json', password: 'exp', passwordConfirm: 'exp' })).toMatchObject({ ok: true });
    expect(await dispatch(handlers, 'interop.exportFile', { format: 'kdbx', password: 'exp', grant })).toMatchObject({ ok: true, value: { path: out, base64: null } });
    expect(statSync(out).mode & 0o777).toBe(0o600);
    // A grant is used up by the export; a new grant for the same existing file is refused (never overwrites).
    expect(await dispatch(handlers, 'interop.exportFile', { format: 'kdbx', password: 'exp', grant })).toMatchObject({ ok: false, error: { code: 'USAGE' } });
    const again = (await dispatch(handlers, 'interop.pickExportFile', { format: 'kdbx' })) as { value: { grant: string } };
    expect(await dispatch(handlers, 'interop.exportFile', { format: 'kdbx', password: 'exp', grant: again.value.grant })).toMatchObject({ ok: false, error: { code: 'IO_ERROR' } });
    dialogAnswer = null;
    expect(await dispatch(handlers, 'interop.pickExportFile', { format: 'csv' })).toMatchObject({ ok: true, value: { grant: null, path: null } });
    // CSV: confirmation AND the master password again.
    expect(await dispatch(handlers, 'interop.exportFile', { format: 'csv', confirmPlaintext: true })).toMatchObject({ ok: false, error: { code: 'USAGE' } });
    expect(await dispatch(handlers, 'interop.exportFile', { format: 'csv', confirmPlaintext: true, masterPassword: 'wrong master' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    expect(await dispatch(handlers, 'interop.exportFile', { format: 'csv', confirmPlaintext: true, masterPassword: MASTER })).toMatchObject({ ok: true, value: { entries: 2 } });
    expect(await dispatch(handlers, 'interop.previewImport', { format: 'kdbx', grant, contentBase64: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const csv = Buffer.from('email,password,label\nnew@example.org,new-secret,Phone\n').toString('base64');
    const preview = await dispatch(handlers, 'interop.previewImport', { format: 'csv', contentBase64: csv });
    expect(preview).toMatchObject({ ok: true, value: { adds: 1, duplicates: 0 } });
    expect(JSON.stringify(preview)).not.toContain('new-secret');
    expect(await dispatch(handlers, 'interop.applyImport', { format: 'csv', contentBase64: csv })).toMatchObject({ ok: true, value: { added: 1 } });
    dialogAnswer = out;
    const importGrant = ((await dispatch(handlers, 'interop.pickImportFile', { format: 'kdbx' })) as { value: { grant: string } }).value.grant;
    // An export grant is not an import grant.
    expect(await dispatch(handlers, 'interop.previewImport', { format: 'kdbx', grant: again.value.grant, password: 'exp' })).toMatchObject({ ok: false, error: { code: 'USAGE' } });
    // Preview leaves the grant valid (a second preview), apply uses it up.
    expect(await dispatch(handlers, 'interop.previewImport', { format: 'kdbx', grant: importGrant, password: 'wrong' })).toMatchObject({ ok: false, error: { code: 'IMPORT_WRONG_PASSWORD' } });
    expect(await dispatch(handlers, 'interop.previewImport', { format: 'kdbx', grant: importGrant, password: 'exp' })).toMatchObject({ ok: true, value: { adds: 0, duplicates: 2 } });
    expect(await dispatch(handlers, 'interop.applyImport', { format: 'kdbx', grant: importGrant, password: 'exp' })).toMatchObject({ ok: true, value: { added: 0 } });
    expect(await dispatch(handlers, 'interop.applyImport', { format: 'kdbx', grant: importGrant, password: 'exp' })).toMatchObject({ ok: false, error: { code: 'USAGE' } });
    vault.lock();
    expect(await dispatch(handlers, 'interop.previewImport', { format: 'csv', contentBase64: csv })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('H2: no call takes a path from the renderer; without a host dialog there are no grants', async () => {
    const { session, dir, path, cleanup } = await sampleVault();
    cleanups.push(cleanup);
    session.lock();
    const vault = new VaultService(path);
    const handlers = createHandlers({ version: 't', platform: 'linux', vaultPath: path, vault });
    await vault.unlock(MASTER);
    const target = join(dir, 'sub', 'authorized_keys');
    writeFileSync(join(dir, 'passwords.csv'), 'email,password\nbank@example.com,BANK-PASSWORD\n');
    expect(await dispatch(handlers, 'interop.exportFile', { format: 'json', password: 'exp', path: target })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await dispatch(handlers, 'interop.previewImport', { format: 'csv', path: join(dir, 'passwords.csv') })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await dispatch(handlers, 'interop.exportFile', { format: 'json', password: 'exp', grant: 'A'.repeat(24) })).toMatchObject({ ok: false, error: { code: 'USAGE' } });
    expect(await dispatch(handlers, 'interop.pickExportFile', { format: 'json' })).toMatchObject({ ok: false, error: { code: 'USAGE' } });
    expect(await dispatch(handlers, 'interop.pickImportFile', { format: 'csv' })).toMatchObject({ ok: false, error: { code: 'USAGE' } });
    expect(readdirSync(dir)).not.toContain('sub'); // nothing written, no folder made
    vault.lock();
  });
});

describe('apppass export / import', () => {
  it('exports json, csv (only with --yes-plaintext) and kdbx, and imports them back', async () => {
    const { session, dir, path, cleanup } = await sampleVault();
    cleanups.push(cleanup);
    session.lock();
    const v = ['--vault', path];
    expect((await cli([...v, 'export', '--format', 'csv', '--out', 'plain.csv'], [MASTER], dir)).code).toBe(2);
    const csv = await cli([...v, 'export', '--format', 'csv', '--out', 'plain.csv', '--yes-plaintext'], [MASTER], dir);
    expect(csv.code).toBe(0);
    expect(csv.err).toContain('NOT encrypted');
    // No folder is made for an export (H2/L6): a missing folder is IO_ERROR, exit 8.
    expect((await cli([...v, 'export', '--format', 'csv', '--out', 'no-such-folder/plain.csv', '--yes-plaintext'], [MASTER], dir)).code).toBe(8);
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
    expect(statSync(join(dir, 'plain.csv')).mode & 0o777).toBe(0o600);
    expect((await cli([...v, 'export', '--format', 'json', '--out', 'b.json', '--json'], [MASTER, 'exp'], dir)).out).toContain('"entries":2');
    expect((await cli([...v, 'export', '--format', 'kdbx', '--out', 'b.kdbx'], [MASTER], dir)).code).toBe(2);

    const dry = await cli([...v, 'import', '--format', 'json', 'b.json', '--dry-run', '--json'], [MASTER, 'exp'], dir);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.out)).toMatchObject({ dryRun: true, preview: { adds: 0, duplicates: 2 } });
    const wrong = await cli([...v, 'import', '--format', 'json', 'b.json'], [MASTER, 'nope'], dir);
    expect(wrong.code).toBe(3);
    expect(wrong.err).toContain('IMPORT_WRONG_PASSWORD');

    writeFileSync(join(dir, 'new.csv'), 'Login,Secret Col\nzed@yahoo.com,zzz\n');
    const mapped = await cli([...v, 'import', '--format', 'csv', 'new.csv', '--map', 'account=Login', '--map', 'secret=Secret Col'], [MASTER], dir);
    expect(mapped.code).toBe(0);
    expect(mapped.out).toContain('Imported 1 entries');
    const bad = await cli([...v, 'import', '--format', 'csv', 'new.csv'], [MASTER], dir);
    expect(bad.code).toBe(4);
    expect(bad.err).toContain('IMPORT_INVALID');
    expect((await cli([...v, 'import', '--format', 'csv', 'missing.csv'], [MASTER], dir)).code).toBe(5);
    expect(readFileSync(join(dir, 'plain.csv'), 'utf8')).toContain('alice@gmail.com');
  });
});
