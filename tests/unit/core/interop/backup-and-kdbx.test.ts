import { afterEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../../electron/core/errors/index.ts';
import { KDF_FLOOR } from '../../../../electron/core/kdf/index.ts';
import { entriesOf, exportVault, importFromFile, openBackup, parseImport, sealBackup } from '../../../../electron/core/interop/index.ts';
import { createVault } from '../../../../electron/core/vault/index.ts';
import { sampleVault } from '../../../support/sample-vault.ts';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return isAppError(error) ? error.code : `not an AppError: ${String(error)}`;
  }
  return 'no error';
}

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

describe('encrypted JSON backup', () => {
  it('restores every field and id into an empty vault', async () => {
    const { session, dir, cleanup } = await sampleVault();
    cleanups.push(cleanup);
    const file = await exportVault(session, 'json', { password: 'export pw' });
    expect(file.bytes.toString('utf8')).not.toContain('abcd efgh');
    const target = await createVault(`${dir}/other.apppass`, 'm2', { kdf: KDF_FLOOR });
    const { result } = await importFromFile(target, { format: 'json', bytes: file.bytes, password: 'export pw' }, true);
    expect(result.added).toBe(2);
    expect(entriesOf(target)).toEqual(entriesOf(session));
    // Importing again adds nothing: every entry is a duplicate.
    const again = await importFromFile(target, { format: 'json', bytes: file.bytes, password: 'export pw' }, false);
    expect(again.preview).toMatchObject({ adds: 0, duplicates: 2 });
  });

  it('a wrong password or an altered envelope is IMPORT_WRONG_PASSWORD; the KDF header is authenticated', async () => {
    const content = { exportedAt: new Date().toISOString(), vaultId: 'v', entries: [], settings: (await sampleVault().then((v) => (cleanups.push(v.cleanup), v.session.settings()))), activity: [] };
    const sealed = await sealBackup(content, 'right', KDF_FLOOR);
    expect(await codeOf(openBackup(sealed, 'wrong'))).toBe('IMPORT_WRONG_PASSWORD');
    const json = JSON.parse(sealed.toString('utf8')) as { kdf: { iterations: number } };
    json.kdf.iterations = 3;
    expect(await codeOf(openBackup(Buffer.from(JSON.stringify(json)), 'right'))).toBe('IMPORT_WRONG_PASSWORD');
    await expect(openBackup(sealed, 'right')).resolves.toMatchObject({ entries: [] });
  });

  it('refuses KDF parameters over the ceiling before deriving, and garbage as IMPORT_INVALID', async () => {
    const sealed = await sealBackup({ exportedAt: new Date().toISOString(), vaultId: 'v', entries: [], settings: (await sampleVault().then((v) => (cleanups.push(v.cleanup), v.session.settings()))), activity: [] }, 'pw', KDF_FLOOR);
    const json = JSON.parse(sealed.toString('utf8')) as { kdf: { memoryKiB: number } };
    json.kdf.memoryKiB = 64 * 1024 * 1024;
    expect(await codeOf(openBackup(Buffer.from(JSON.stringify(json)), 'pw'))).toBe('IMPORT_TOO_LARGE');
    expect(await codeOf(openBackup(Buffer.from('{"format":"apppass-backup"'), 'pw'))).toBe('IMPORT_INVALID');
    expect(await codeOf(openBackup(Buffer.from('{"format":"apppass-backup","version":"1"}'), 'pw'))).toBe('IMPORT_INVALID');
  });
});

describe('KDBX export and import (kdbxweb only; keepassxc-cli proof is in tests/integration/interop)', () => {
  it('round trip AppPass -> KDBX -> AppPass loses nothing', async () => {
    const { session, dir, cleanup } = await sampleVault();
    cleanups.push(cleanup);
    const file = await exportVault(session, 'kdbx', { password: 'kdbx pw' });
    const target = await createVault(`${dir}/other.apppass`, 'm2', { kdf: KDF_FLOOR });
    const { result } = await importFromFile(target, { format: 'kdbx', bytes: file.bytes, password: 'kdbx pw' }, true);
    expect(result.added).toBe(2);
    expect(entriesOf(target)).toEqual(entriesOf(session));
  });

  it('wrong password is IMPORT_WRONG_PASSWORD and changes nothing; a non-KDBX file is IMPORT_INVALID', async () => {
    const { session, cleanup } = await sampleVault();
    cleanups.push(cleanup);
    const file = await exportVault(session, 'kdbx', { password: 'kdbx pw' });
    const before = entriesOf(session);
    expect(await codeOf(importFromFile(session, { format: 'kdbx', bytes: file.bytes, password: 'nope' }, true))).toBe('IMPORT_WRONG_PASSWORD');
    expect(await codeOf(parseImport('kdbx', Buffer.from('not a database at all'), { password: 'x' }))).toBe('IMPORT_INVALID');
    expect(await codeOf(parseImport('kdbx', file.bytes.subarray(0, 200), { password: 'kdbx pw' }))).toBe('IMPORT_INVALID');
    expect(entriesOf(session)).toEqual(before);
  });

  it('exports need a password and CSV needs explicit confirmation', async () => {
    const { session, cleanup } = await sampleVault();
    cleanups.push(cleanup);
    expect(await codeOf(exportVault(session, 'kdbx', {}))).toBe('USAGE');
    expect(await codeOf(exportVault(session, 'csv', {}))).toBe('USAGE');
    const csv = await exportVault(session, 'csv', { confirmPlaintext: true });
    const back = await parseImport('csv', csv.bytes);
    expect(back.candidates.map((c) => [c.provider, c.account, c.label, c.secret, c.notes, c.tags, c.favourite])).toEqual(
      entriesOf(session).map((e) => [e.provider, e.account, e.label, e.secret, e.notes, e.tags, e.favourite]),
    );
  });
});
