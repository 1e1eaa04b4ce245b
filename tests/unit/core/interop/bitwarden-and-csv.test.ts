import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../../electron/core/errors/index.ts';
import { detectProvider, entriesOf, importFromFile, parseImport } from '../../../../electron/core/interop/index.ts';
import { sampleVault } from '../../../support/sample-vault.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/interop/${name}`, import.meta.url));

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

describe('Bitwarden exports', () => {
  it('JSON: logins become entries; notes, cards and password-less logins are skipped', async () => {
    const parsed = await parseImport('bitwarden-json', fixture('bitwarden-export.json'));
    expect(parsed.candidates.map(({ where: _w, ...c }) => c)).toEqual([
      { provider: 'gmail', account: 'alice@gmail.com', label: 'Thunderbird laptop', secret: 'abcd efgh ijkl mnop', notes: 'Made for Thunderbird', tags: ['Mail'], favourite: true },
      { provider: 'icloud', account: 'carol@icloud.com', label: 'iPhone Mail', secret: 'wxyz-abcd-efgh-ijkl', notes: '', tags: [], favourite: false },
      { provider: 'custom', account: 'dave@example.org', label: 'Work mail', secret: 'pa55-w0rd', notes: '', tags: [], favourite: false },
    ]);
    expect(parsed.skipped.map((s) => s.where)).toEqual(['item 4', 'item 5', 'item 6']);
  });

  it('CSV: the same logins, with quoting (comma, quote, newline) kept exactly', async () => {
    const parsed = await parseImport('bitwarden-csv', fixture('bitwarden-export.csv'));
    expect(parsed.candidates.map((c) => [c.provider, c.account, c.label, c.secret, c.notes, c.tags, c.favourite])).toEqual([
      ['gmail', 'alice@gmail.com', 'Thunderbird laptop', 'abcd efgh ijkl mnop', 'Made for Thunderbird', ['Mail'], true],
      ['icloud', 'carol@icloud.com', 'iPhone Mail', 'wxyz-abcd-efgh-ijkl', '', [], false],
      ['custom', 'dave@example.org', 'Work mail', 'pa,55"w0rd', 'line one\nline two', [], false],
    ]);
    expect(parsed.skipped).toEqual([{ where: 'row 5', reason: 'it is a secure note' }]);
  });

  it('preview marks an entry already in the vault as a duplicate; apply adds only the rest', async () => {
    const { session, cleanup } = await sampleVault();
    cleanups.push(cleanup);
    session.add({ provider: 'gmail', account: 'alice@gmail.com', label: 'Thunderbird laptop', secret: 'abcd efgh ijkl mnop' });
    const bytes = fixture('bitwarden-export.json');
    const { preview } = await importFromFile(session, { format: 'bitwarden-json', bytes }, false);
    expect(preview).toMatchObject({ adds: 2, duplicates: 1, skipped: 3 });
    expect(JSON.stringify(preview)).not.toContain('wxyz-abcd');
    const before = session.list().length;
    const { result } = await importFromFile(session, { format: 'bitwarden-json', bytes }, true);
    expect(result.added).toBe(2);
    expect(session.list().length).toBe(before + 2);
  });
});

describe('generic CSV', () => {
  it('maps columns by header name or by an explicit mapping', async () => {
    const csv = Buffer.from('Mail address,Pwd,App,Where\nzed@yahoo.com,s1,Outlook,https://login.yahoo.com\n');
    await expect(parseImport('csv', csv)).rejects.toMatchObject({ code: 'IMPORT_INVALID' });
    const parsed = await parseImport('csv', csv, { mapping: { account: 'Mail address', secret: 'Pwd', label: 'App', url: 'Where' } });
    expect(parsed.candidates.map((c) => [c.provider, c.account, c.label, c.secret])).toEqual([['yahoo', 'zed@yahoo.com', 'Outlook', 's1']]);
    await expect(parseImport('csv', csv, { mapping: { account: 'Nope', secret: 'Pwd' } })).rejects.toMatchObject({ code: 'IMPORT_INVALID' });
  });

  it('skips a bad row (said in the preview) and imports the rest; a file it cannot read at all changes nothing', async () => {
    const { session, path, cleanup } = await sampleVault();
    cleanups.push(cleanup);
    const entries = entriesOf(session);
    const csv = Buffer.from('email,password\nnew1@example.org,one\nnew2@example.org,\nnew3@example.org,three\n');
    const { preview, result } = await importFromFile(session, { format: 'csv', bytes: csv }, true);
    expect(preview.skippedItems).toEqual([{ where: 'row 3', reason: 'the password is empty' }]);
    expect(result.added).toBe(2);
    expect(entriesOf(session)).toHaveLength(entries.length + 2);
    const before = readFileSync(path);
    const error = await importFromFile(session, { format: 'csv', bytes: Buffer.from('name,notes\nx,y\n') }, true).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('IMPORT_INVALID');
    expect(entriesOf(session)).toHaveLength(entries.length + 2);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('provider detection', () => {
  it('uses URI domains, then the address domain, else custom', () => {
    expect(detectProvider(['https://mail.google.com/'], 'x@example.org')).toBe('gmail');
    expect(detectProvider(['imap.mail.me.com'], 'x@example.org')).toBe('icloud');
    expect(detectProvider(['not a url at all'], 'x@gmx.de')).toBe('gmx');
    expect(detectProvider([], 'x@example.org')).toBe('custom');
  });
});

describe('generic CSV, row by row (finding 27)', () => {
  it('skips a row without an account or a password and says why, keeping the others', async () => {
    const { readGenericCsv } = await import('../../../../electron/core/interop/generic-csv.ts');
    const csv = 'email,password,name\na@example.com,pass-a,One\n,pass-b,Two\nc@example.com,,Three\n';
    const parsed = await readGenericCsv(new TextEncoder().encode(csv));
    expect(parsed.candidates.map((c) => c.account)).toEqual(['a@example.com']);
    expect(parsed.skipped).toEqual([
      { where: 'row 3', reason: 'the account is empty' },
      { where: 'row 4', reason: 'the password is empty' },
    ]);
  });
});

describe('import only the chosen rows (finding 27)', () => {
  it('adds the rows named in `only`; the others are skipped as not chosen', async () => {
    const { session, cleanup } = await sampleVault();
    cleanups.push(cleanup);
    const bytes = new TextEncoder().encode('email,password,name\nnew.a@example.com,pass-a,One\nnew.b@example.com,pass-b,Two\n');
    const before = session.list().length;
    const { preview, result } = await importFromFile(session, { format: 'csv', bytes, only: ['row 3'] }, true);
    expect(preview).toMatchObject({ adds: 1, skipped: 1, skippedItems: [{ where: 'row 2', reason: 'not chosen' }] });
    expect(result.added).toBe(1);
    expect(session.list().length).toBe(before + 1);
    expect(session.list().some((e) => e.account === 'new.b@example.com')).toBe(true);
    expect(session.list().some((e) => e.account === 'new.a@example.com')).toBe(false);
  });
});
