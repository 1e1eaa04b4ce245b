import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../../electron/core/errors/index.ts';
import { IMPORT_LIMITS, parseImport, readKdbx } from '../../../../electron/core/interop/index.ts';
import { setUpKdbxweb } from '../../../../electron/core/interop/kdbx-engine.ts';

const kdbxweb = await setUpKdbxweb();

async function codeOf(promise: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    return isAppError(error) ? error.code : `not an AppError: ${String(error)}`;
  }
  return 'no error';
}

/** A KDBX made directly with kdbxweb (cheap KDF) holding one entry. */
async function makeKdbx(options: { version?: 3 | 4; kdf?: string; memoryKiB?: number; notes?: string; password?: string } = {}): Promise<Uint8Array> {
  const db = kdbxweb.Kdbx.create(new kdbxweb.Credentials(kdbxweb.ProtectedValue.fromString('pw')), 'test');
  db.setVersion(options.version ?? 4);
  if ((options.version ?? 4) === 3) db.header.keyEncryptionRounds = 1000;
  else {
    db.setKdf(options.kdf ?? kdbxweb.Consts.KdfId.Argon2id);
    const params = db.header.kdfParameters;
    params?.set('M', kdbxweb.VarDictionary.ValueType.UInt64, kdbxweb.Int64.from((options.memoryKiB ?? 1024) * 1024));
    params?.set('I', kdbxweb.VarDictionary.ValueType.UInt64, kdbxweb.Int64.from(1));
  }
  const entry = db.createEntry(db.getDefaultGroup());
  entry.fields.set('Title', 'T');
  entry.fields.set('UserName', 'u@example.org');
  entry.fields.set('Password', kdbxweb.ProtectedValue.fromString(options.password ?? 'secret'));
  entry.fields.set('Notes', options.notes ?? '');
  return new Uint8Array(await db.save());
}

/** Header fields of a KDBX file: [id, offset of data, size]; and where the header ends. */
function headerFields(bytes: Uint8Array): { fields: [number, number, number][]; end: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const major = view.getUint16(10, true);
  let pos = 12;
  const fields: [number, number, number][] = [];
  for (;;) {
    const id = view.getUint8(pos);
    const size = major >= 4 ? view.getUint32(pos + 1, true) : view.getUint16(pos + 1, true);
    const data = pos + 1 + (major >= 4 ? 4 : 2);
    fields.push([id, data, size]);
    pos = data + size;
    if (id === 0) return { fields, end: pos };
  }
}

describe('hostile KDBX input', () => {
  it('reads Argon2d and below-our-floor parameters (what KeePass files use)', async () => {
    const parsed = await readKdbx(await makeKdbx({ kdf: kdbxweb.Consts.KdfId.Argon2d, memoryKiB: 1024 }), 'pw');
    expect(parsed.candidates.map((c) => c.secret)).toEqual(['secret']);
  });

  it('refuses a gzip bomb before inflating it (IMPORT_TOO_LARGE)', async () => {
    const bytes = await makeKdbx({ notes: 'a'.repeat(3_000_000) });
    expect(bytes.length).toBeLessThan(100_000);
    expect(await codeOf(readKdbx(bytes, 'pw', { ...IMPORT_LIMITS, inflatedBytes: 1_000_000 }))).toBe('IMPORT_TOO_LARGE');
  });

  it('refuses a gzip bomb in KDBX 3.1 too', async () => {
    const bytes = await makeKdbx({ version: 3, notes: 'a'.repeat(3_000_000) });
    expect(await codeOf(readKdbx(bytes, 'pw', { ...IMPORT_LIMITS, inflatedBytes: 1_000_000 }))).toBe('IMPORT_TOO_LARGE');
  });

  it('refuses an AES-KDF round count over the limit without running it (KDBX 3.1)', async () => {
    const bytes = await makeKdbx({ version: 3 });
    const rounds = headerFields(bytes).fields.find(([id]) => id === 6);
    expect(rounds).toBeDefined();
    new DataView(bytes.buffer, bytes.byteOffset).setBigUint64((rounds as [number, number, number])[1], 2n ** 52n, true);
    expect(await codeOf(readKdbx(bytes, 'pw'))).toBe('IMPORT_TOO_LARGE');
  });

  it('refuses Argon2 memory over the ceiling before taking it (KDBX 4, header hash recomputed)', async () => {
    const bytes = await makeKdbx();
    const { fields, end } = headerFields(bytes);
    const kdf = fields.find(([id]) => id === 11) as [number, number, number];
    const dict = Buffer.from(bytes.buffer, bytes.byteOffset + kdf[1], kdf[2]);
    const marker = Buffer.from([0x05, 1, 0, 0, 0, 0x4d, 8, 0, 0, 0]);
    const at = dict.indexOf(marker);
    expect(at).toBeGreaterThan(0);
    dict.writeBigUInt64LE(64n * 1024n ** 3n, at + marker.length);
    Buffer.from(bytes.buffer, bytes.byteOffset + end, 32).set(createHash('sha256').update(bytes.subarray(0, end)).digest());
    expect(await codeOf(readKdbx(bytes, 'pw'))).toBe('IMPORT_TOO_LARGE');
  });

  it('does not expand XML entities (billion laughs) and reports IMPORT_INVALID', async () => {
    const xmlUtils = kdbxweb.XmlUtils as unknown as { serialize: (doc: Document, pretty?: boolean) => string };
    const original = xmlUtils.serialize;
    const lol = '<!DOCTYPE KeePassFile [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
    xmlUtils.serialize = (doc, pretty) => original(doc, pretty).replace('<KeePassFile>', `${lol}<KeePassFile>`).replace('<Notes></Notes>', '<Notes>&c;</Notes>').replace('<Value>T</Value>', '<Value>&c;</Value>');
    let bytes: Uint8Array;
    try {
      bytes = await makeKdbx();
    } finally {
      xmlUtils.serialize = original;
    }
    expect(await codeOf(readKdbx(bytes, 'pw'))).toBe('IMPORT_INVALID');
  });

  it('refuses more entries than the limit and files over the size limit', async () => {
    const bytes = await makeKdbx();
    expect(await codeOf(readKdbx(bytes, 'pw', { ...IMPORT_LIMITS, entries: 0 }))).toBe('IMPORT_TOO_LARGE');
    expect(await codeOf(parseImport('kdbx', bytes, { password: 'pw', limits: { ...IMPORT_LIMITS, fileBytes: 100 } }))).toBe('IMPORT_TOO_LARGE');
  });
});

describe('hostile JSON and CSV input', () => {
  it('wrong types, non-JSON and encrypted Bitwarden exports are IMPORT_INVALID', async () => {
    for (const text of ['{', '[]', '{"items": 5}', '{"items":[{"type":"1"}]}', '{"items":[{"type":1,"login":{"password":7}}]}', '{"encrypted":true,"items":[]}']) {
      expect(await codeOf(parseImport('bitwarden-json', Buffer.from(text))), text).toBe('IMPORT_INVALID');
    }
  });

  it('an over-long field is IMPORT_INVALID naming the row and field, never the value', async () => {
    const secret = 's'.repeat(2000);
    const error = await parseImport('csv', Buffer.from(`account,password\nx@example.org,ok\ny@example.org,${secret}\n`)).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('IMPORT_INVALID');
    expect(String((error as Error).message)).toContain('row 3');
    expect(String((error as Error).message)).toContain('secret');
    expect(String((error as Error).message)).not.toContain('sss');
  });

  it('unclosed quotes and ragged rows are IMPORT_INVALID', async () => {
    expect(await codeOf(parseImport('csv', Buffer.from('account,password\n"x@example.org,pw\n')))).toBe('IMPORT_INVALID');
    expect(await codeOf(parseImport('csv', Buffer.from('account,password\nx@example.org,pw,extra\n')))).toBe('IMPORT_INVALID');
    expect(await codeOf(parseImport('bitwarden-csv', Buffer.from('a,b\n1,2\n')))).toBe('IMPORT_INVALID');
  });
});
