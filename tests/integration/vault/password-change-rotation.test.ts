import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deriveKey } from '../../../electron/core/kdf/index.ts';
import { unwrapVaultKey } from '../../../electron/core/vault/crypto/key-wrap.ts';
import { decodeBody } from '../../../electron/core/vault/decode-body.ts';
import { parseContainer } from '../../../electron/core/vault/format/container.ts';
import { createVault, openVault, openVaultWithKey } from '../../../electron/core/vault/index.ts';
import { runBuiltCli } from '../../support/built-cli.ts';
import { FAST_KDF, tempVault } from '../../support/vault-helpers.ts';

/**
 * M1 (security review 2026-11): the attacker holds the OLD master password and an earlier copy of
 * the file (or the `.bak` that passwd left). Before the fix the vault key never changed, so that
 * pair decrypted every later version of the vault.
 */
const OLD = 'the old master password';
const NEW = 'the new master password';
let t: ReturnType<typeof tempVault>;
afterEach(() => t?.cleanup());

/** What an attacker does with the core's own functions: old password + old file → vault key → decrypt `target`. */
async function attackerReads(oldFile: Buffer, target: Buffer): Promise<string[] | 'no key' | 'cannot decrypt'> {
  const old = parseContainer(oldFile);
  const wrap = old.header.wraps.find((w) => w.kind === 'password');
  if (wrap === undefined) return 'no key';
  const kek = await deriveKey(OLD, old.header.kdf.salt, old.header.kdf);
  const key = unwrapVaultKey(old.header.vaultId, wrap, kek);
  if (key === null) return 'no key';
  try {
    return decodeBody(parseContainer(target), key).entries.map((e) => e.secret);
  } catch {
    return 'cannot decrypt';
  }
}

describe('changing the master password rotates the vault key (M1)', () => {
  it('the old password with an earlier copy or the .bak cannot read entries added after the change', async () => {
    t = tempVault();
    const s = await createVault(t.path, OLD, { kdf: FAST_KDF });
    s.add({ account: 'before@example.com', label: 'Mail', secret: 'SECRET-BEFORE-CHANGE' });
    await s.save();
    copyFileSync(t.path, join(t.dir, 'earlier-copy'));
    await s.changeMasterPassword(OLD, NEW);
    s.add({ account: 'after@example.com', label: 'Mail', secret: 'SECRET-ADDED-AFTER-CHANGE' });
    await s.save();
    s.lock();
    const current = readFileSync(t.path);
    const earlier = readFileSync(join(t.dir, 'earlier-copy'));
    // The earlier copy still opens with the old password (it is the old file), but its key reads nothing newer.
    expect(await attackerReads(earlier, earlier)).toEqual(['SECRET-BEFORE-CHANGE']);
    expect(await attackerReads(earlier, current)).toBe('cannot decrypt');
    // The .bak is never the pre-change file: the old password gets no key out of it.
    expect(await attackerReads(readFileSync(`${t.path}.bak`), current)).toBe('no key');
    await expect(openVault(`${t.path}.bak`, OLD)).rejects.toMatchObject({ code: 'WRONG_PASSWORD' });
    await expect(openVault(t.path, OLD)).rejects.toMatchObject({ code: 'WRONG_PASSWORD' });
    const reopened = await openVault(t.path, NEW);
    expect(reopened.list().map((e) => e.account)).toEqual(['before@example.com', 'after@example.com']);
    reopened.lock();
  });

  it('other wraps are re-made under the new key when their key is given, and dropped otherwise', async () => {
    t = tempVault();
    const device = Buffer.alloc(32, 7);
    const s = await createVault(t.path, OLD, { kdf: FAST_KDF });
    await s.addKeyWrap('keychain', device);
    expect(await s.changeMasterPassword(OLD, NEW, { rewrap: new Map([['keychain', device]]) })).toEqual({ dropped: [] });
    expect(s.keyWraps()).toEqual(['password', 'keychain']);
    (await openVaultWithKey(t.path, 'keychain', device)).lock();
    expect(await s.changeMasterPassword(NEW, OLD, { rewrap: new Map([['keychain', Buffer.alloc(32, 9)]]) })).toEqual({ dropped: ['keychain'] });
    expect(s.keyWraps()).toEqual(['password']);
    s.lock();
  });

  it('a wrong old password changes nothing, and re-calibration (keepKey) keeps the key and the wraps', async () => {
    t = tempVault();
    const s = await createVault(t.path, OLD, { kdf: FAST_KDF });
    await s.addKeyWrap('keychain', Buffer.alloc(32, 7));
    const keyBefore = parseContainer(readFileSync(t.path)).header.wraps.map((w) => w.wrapped.toString('hex'));
    await expect(s.changeMasterPassword('wrong', NEW)).rejects.toMatchObject({ code: 'WRONG_PASSWORD' });
    // (The session may first save what other computers wrote: sync merges before a password change.)
    expect(parseContainer(readFileSync(t.path)).header.wraps.map((w) => w.wrapped.toString('hex'))).toEqual(keyBefore);
    (await openVault(t.path, OLD)).lock();
    await expect(openVault(t.path, NEW)).rejects.toMatchObject({ code: 'WRONG_PASSWORD' });
    await s.changeMasterPassword(OLD, OLD, { keepKey: true, kdf: { ...FAST_KDF, iterations: FAST_KDF.iterations + 1 } });
    expect(s.keyWraps()).toEqual(['password', 'keychain']);
    (await openVaultWithKey(t.path, 'keychain', Buffer.alloc(32, 7))).lock();
    s.lock();
  });
});

describe('`apppass passwd` (built CLI, real processes) rotates the vault key (M1)', () => {
  it('after passwd, the old password with the .bak or an earlier copy cannot read an entry added after the change', { timeout: 120_000 }, async () => {
    t = tempVault();
    const cli = (args: string[], stdin: string) => runBuiltCli(['--vault', t.path, '--password-stdin', '--json', ...args], { stdin });
    expect((await cli(['init', '--kdf-memory', '19', '--kdf-iterations', '2', '--kdf-parallelism', '1'], `${OLD}\n`)).status).toBe(0);
    expect((await cli(['add', '--account', 'before@example.com', '--label', 'Mail'], `${OLD}\nSECRET-BEFORE-CHANGE\n`)).status).toBe(0);
    copyFileSync(t.path, join(t.dir, 'earlier-copy'));
    const passwd = await cli(['passwd'], `${OLD}\n${NEW}\n`);
    expect(passwd.status, passwd.stderr).toBe(0);
    expect(JSON.parse(passwd.stdout)).toMatchObject({ changed: true, keyRotated: true });
    expect((await cli(['add', '--account', 'after@example.com', '--label', 'Mail'], `${NEW}\nSECRET-ADDED-AFTER-CHANGE\n`)).status).toBe(0);
    const current = readFileSync(t.path);
    expect(await attackerReads(readFileSync(`${t.path}.bak`), current)).toBe('no key');
    expect(await attackerReads(readFileSync(join(t.dir, 'earlier-copy')), current)).toBe('cannot decrypt');
    const viaBak = await runBuiltCli(['--vault', `${t.path}.bak`, '--password-stdin', '--json', 'list'], { stdin: `${OLD}\n` });
    expect(viaBak.status).toBe(3);
    const list = await cli(['list'], `${NEW}\n`);
    expect((JSON.parse(list.stdout) as Array<{ account: string }>).map((e) => e.account)).toEqual(['before@example.com', 'after@example.com']);
  });
});
